namespace GovNet.NetCode.Parsing;

/// <summary>
/// Each distinct line cut from a config, mapped once (drift's normalising and masking) and kept as one
/// string: half the lines of a config repeat one before, and the intended and the running config of a
/// device share nearly all of theirs, so both sides of a comparison are read through one of these.
/// The map must give one text for one line.
/// </summary>
public sealed class LineMappings(Func<string, string?> map)
{
    private readonly Func<string, string?> map = map ?? throw new ArgumentNullException(nameof(map));

    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> mapped =
        new Dictionary<string, string?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The map's text for a line without its padding (never empty): null or empty drops it.</summary>
    public string? Of(ReadOnlySpan<char> line)
    {
        if (!mapped.TryGetValue(line, out var text))
        {
            var key = line.ToString();
            text = map(key);
            mapped.Dictionary.Add(key, text);
        }

        return text;
    }
}
