using System.Collections.Immutable;
using System.Text;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// The observed-state file kept beside a config (<c>observed/HOSTNAME.txt</c> in folders, bundles and the
/// archive): each command's output as the device printed it, after a line <c>#&gt; COMMAND</c>. Kept as
/// text, not facts, so the archive's history shows the device's own words and a better reader later
/// reads old files again.
/// </summary>
public static class ObservedText
{
    public const string Marker = "#> ";

    /// <summary>One command's reply; <paramref name="FirstLine"/> is the file line of its first output line.</summary>
    public sealed record Output(string Command, ImmutableArray<string> Lines, int FirstLine);

    public static string Write(IEnumerable<(string Command, string Output)> outputs)
    {
        var text = new StringBuilder();
        foreach (var (command, output) in outputs)
        {
            text.Append(Marker).Append(command).Append('\n');
            foreach (var line in output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                // A device line that looked like a marker would split the file differently when read back.
                text.Append(line.StartsWith(Marker, StringComparison.Ordinal) ? " " + line : line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The outputs in file order; lines before the first marker belong to no command (reported unparsed by readers).</summary>
    public static ImmutableArray<Output> Read(string text)
    {
        var outputs = ImmutableArray.CreateBuilder<Output>();
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        string? command = null;
        var body = new List<string>();
        var first = 1;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].StartsWith(Marker, StringComparison.Ordinal))
            {
                while (body.Count > 0 && body[^1].Trim().Length == 0)
                {
                    body.RemoveAt(body.Count - 1);
                }

                if (command is not null || body.Count > 0)
                {
                    outputs.Add(new Output(command ?? string.Empty, [.. body], first));
                }

                if (i < lines.Length)
                {
                    command = lines[i][Marker.Length..].Trim();
                    body.Clear();
                    first = i + 2;
                }
            }
            else
            {
                body.Add(lines[i]);
            }
        }

        return outputs.ToImmutable();
    }
}
