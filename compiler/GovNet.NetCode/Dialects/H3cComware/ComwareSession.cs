using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>The Comware user view: <c>&lt;HOST&gt;</c> prompt, <c>---- More ----</c> pager with ANSI erase, <c>% Unrecognized command</c> replies.</summary>
internal static partial class ComwareSession
{
    public static readonly SessionProfile Profile = new(
        DisablePaging: "screen-length disable",
        ShowConfiguration: "display current-configuration",
        Quit: "quit",
        Prompt: PromptRegex(),
        MorePrompt: MoreRegex(),
        PagingArtifacts: ArtifactsRegex(),
        ErrorReply: ErrorRegex(),
        ConfigEnd: "return");

    [GeneratedRegex(@"(?:^|\n)<[^<>\r\n]{1,64}>[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PromptRegex();

    [GeneratedRegex(@"---- More ----[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreRegex();

    [GeneratedRegex(@"[ ]*---- More ----(?:\x1b\[\d+D[ ]*\x1b\[\d+D)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactsRegex();

    // Comware answers "% Unrecognized command found at '^' position." (and "% Too many parameters", "% Incomplete command").
    [GeneratedRegex(@"^\s*% (?:Unrecognized command|Too many parameters|Incomplete command|Wrong parameter).*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ErrorRegex();
}
