namespace GovNet.NetCode.Parsing;

/// <summary>
/// A config line's padding cut as <c>TrimEnd('\0', ' ', '\t')</c> and <c>TrimStart(' ', '\t')</c> cut
/// it, without the character array such a call makes each time: every line of every config passes
/// here several times.
/// </summary>
public static class LineBlanks
{
    /// <summary>The line without trailing NULs, blanks and tabs; the same string when it has none.</summary>
    public static string TrimEnd(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var length = line.AsSpan().TrimEnd("\0 \t").Length;
        return length == line.Length ? line : line[..length];
    }

    /// <summary>The line without leading blanks and tabs; the same string when it has none.</summary>
    public static string TrimStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var indent = Indent(line);
        return indent == 0 ? line : line[indent..];
    }

    /// <summary>How many blanks and tabs the line starts with.</summary>
    public static int Indent(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var at = 0;
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }
}
