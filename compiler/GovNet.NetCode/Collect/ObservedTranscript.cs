using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Turns what a device printed in reply to its observed-state commands into the observed file:
/// pager markers and erase sequences removed, the echoed command and blank edges dropped, every
/// line masked as config lines are. An error reply is kept as printed: the reader reports it as
/// lines not understood, so a table that could not be had is never taken for an empty one.
/// </summary>
public static class ObservedTranscript
{
    public static string? Extract(IReadOnlyList<(string Command, string Output)> replies, SessionProfile profile)
    {
        if (replies.Count == 0)
        {
            return null;
        }

        return ObservedText.Write(replies.Select(r => (r.Command, Clean(r.Command, r.Output, profile))));
    }

    private static string Clean(string command, string reply, SessionProfile profile)
    {
        var lines = profile.PagingArtifacts.Replace(reply, "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 0 && lines[0].TrimEnd().EndsWith(command, StringComparison.Ordinal))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        return string.Join('\n', lines.Select(l => SecretMask.Apply(l.TrimEnd())));
    }
}
