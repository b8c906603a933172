using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Collect;

/// <summary>
/// Turns what a device printed in reply to the show command into a config: pager markers and
/// terminal erase sequences removed, line ends unified, error replies and truncated configs refused,
/// secrets masked line by line before the text leaves this class.
/// </summary>
public static class SessionTranscript
{
    public static (string? Config, string? Failure) Extract(string reply, SessionProfile profile)
    {
        var text = profile.PagingArtifacts.Replace(reply, "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var error = profile.ErrorReply.Match(text);
        if (error.Success)
        {
            return (null, Messages.Format("SessionErrorReply", profile.ShowConfiguration, error.Value.Trim()));
        }

        var lines = text.Split('\n').ToList();

        // A device with a terminal echoes the command; the prompt follows the last line.
        if (lines.Count > 0 && lines[0].TrimEnd().EndsWith(profile.ShowConfiguration, StringComparison.Ordinal))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0 || lines[^1].Trim() != profile.ConfigEnd)
        {
            return (null, Messages.Format("SessionConfigIncomplete", profile.ConfigEnd));
        }

        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            builder.Append(SecretMask.Apply(line.TrimEnd())).Append('\n');
        }

        return (builder.ToString(), null);
    }
}
