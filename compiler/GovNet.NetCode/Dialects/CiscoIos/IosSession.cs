using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>The IOS exec prompt <c>HOST#</c> (or <c>HOST&gt;</c>), the <c> --More-- </c> pager erased with backspaces, <c>% Invalid input</c> replies.</summary>
internal static partial class IosSession
{
    public static readonly SessionProfile Profile = new(
        DisablePaging: "terminal length 0",
        ShowConfiguration: "show running-config",
        Quit: "exit",
        Prompt: PromptRegex(),
        MorePrompt: MoreRegex(),
        PagingArtifacts: ArtifactsRegex(),
        ErrorReply: ErrorRegex(),
        ConfigEnd: "end",
        ConfigHostname: HostnameRegex());

    [GeneratedRegex(@"(?:^|\n)(?<host>[A-Za-z0-9][A-Za-z0-9._-]{0,63})[#>][ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PromptRegex();

    [GeneratedRegex(@"^hostname[ ]+(?<host>\S+)[ ]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex HostnameRegex();

    [GeneratedRegex(@"--More--[ ]?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreRegex();

    // " --More-- " then backspaces, blanks over the marker and backspaces again once answered.
    [GeneratedRegex(@"[ ]?--More--[ ]?(?:\x08+[ ]*\x08+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactsRegex();

    [GeneratedRegex(@"^\s*% (?:Invalid input|Unknown command|Incomplete command|Ambiguous command).*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ErrorRegex();
}
