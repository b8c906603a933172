using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// How to pull a running config from a device of one dialect over an interactive CLI session: the
/// commands to send, and the patterns that recognise its prompt, its pager and its error replies.
/// Each dialect folder declares one; the collector knows no vendor words itself.
/// </summary>
public sealed record SessionProfile(
    string DisablePaging,
    string ShowConfiguration,
    string Quit,
    Regex Prompt,
    Regex MorePrompt,
    Regex PagingArtifacts,
    Regex ErrorReply,
    string ConfigEnd);
