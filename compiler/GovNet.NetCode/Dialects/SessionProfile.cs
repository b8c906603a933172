using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// How to pull a running config from a device of one dialect over an interactive CLI session: the
/// commands to send, and the patterns that recognise its prompt, its pager and its error replies.
/// Each dialect folder declares one; the collector knows no vendor words itself.
/// </summary>
/// <param name="Prompt">The prompt at the end of what was received; its group <c>host</c> is the name the device calls itself.</param>
/// <param name="ConfigHostname">The config line naming the device (group <c>host</c>): with the prompt, how a collector tells it reached the device it meant to.</param>
public sealed record SessionProfile(
    string DisablePaging,
    string ShowConfiguration,
    string Quit,
    Regex Prompt,
    Regex MorePrompt,
    Regex PagingArtifacts,
    Regex ErrorReply,
    string ConfigEnd,
    Regex ConfigHostname);
