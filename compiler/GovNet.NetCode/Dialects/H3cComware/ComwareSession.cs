using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects.HuaweiVrp;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The Comware user view. Comware shares VRP's lineage and with it the <c>&lt;HOST&gt;</c> prompt and
/// the <c>---- More ----</c> pager erased with ANSI cursor moves; it differs in how paging is turned
/// off and in its <c>% Unrecognized command</c> replies.
/// </summary>
internal static partial class ComwareSession
{
    public static readonly SessionProfile Profile = HuaweiVrpSession.Profile with
    {
        DisablePaging = "screen-length disable",
        ErrorReply = ErrorRegex(),
    };

    // Comware answers "% Unrecognized command found at '^' position." (and "% Too many parameters", "% Incomplete command").
    [GeneratedRegex(@"^\s*% (?:Unrecognized command|Too many parameters|Incomplete command|Wrong parameter).*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ErrorRegex();
}
