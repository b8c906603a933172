using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>The VRP user view: <c>&lt;HOST&gt;</c> prompt, <c>---- More ----</c> pager erased with ANSI cursor moves, <c>Error:</c> replies.</summary>
internal static partial class HuaweiVrpSession
{
    public static readonly SessionProfile Profile = new(
        DisablePaging: "screen-length 0 temporary",
        ShowConfiguration: "display current-configuration",
        Quit: "quit",
        Prompt: PromptRegex(),
        MorePrompt: MoreRegex(),
        PagingArtifacts: ArtifactsRegex(),
        ErrorReply: ErrorRegex(),
        ConfigEnd: "return",
        ConfigHostname: SysnameRegex());

    // The user view prompt on a line of its own, at the very end of what was received; VRP8 marks
    // uncommitted changes with '~' or '*' before the name, which is no part of it.
    [GeneratedRegex(@"(?:^|\n)<[~*]?(?<host>[^<>\r\n]{1,64})>[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PromptRegex();

    // VRP and Comware both name the device with "sysname NAME" at the top level.
    [GeneratedRegex(@"^sysname[ ]+(?<host>\S+)[ ]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SysnameRegex();

    [GeneratedRegex(@"---- More ----[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreRegex();

    // "  ---- More ----" then ESC[42D, blanks over the marker, ESC[42D again once answered.
    [GeneratedRegex(@"[ ]*---- More ----(?:\x1b\[\d+D[ ]*\x1b\[\d+D)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactsRegex();

    [GeneratedRegex(@"^\s*Error:.*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ErrorRegex();
}
