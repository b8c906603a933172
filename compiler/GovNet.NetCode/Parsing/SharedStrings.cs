namespace GovNet.NetCode.Parsing;

/// <summary>One string for each distinct text cut from a config: configs repeat lines and addresses again and again.</summary>
internal static class SharedStrings
{
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Create() =>
        new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string seen before with this text, or a new one, now seen.</summary>
    public static string Of(this HashSet<string>.AlternateLookup<ReadOnlySpan<char>> seen, ReadOnlySpan<char> text)
    {
        if (!seen.TryGetValue(text, out var shared))
        {
            shared = text.ToString();
            seen.Set.Add(shared);
        }

        return shared;
    }
}
