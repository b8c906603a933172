namespace GovNet.NetCode.Parsing;

/// <summary>
/// Port ranges as port groups write them (<c>group-member GigabitEthernet0/0/1 to GigabitEthernet0/0/8</c>),
/// the same for every dialect: the two ends differ only in their last number.
/// </summary>
public static class PortRanges
{
    /// <summary>Most ports one range may name; a longer one is not a range a device accepts.</summary>
    public const int MaxPorts = 512;

    /// <summary>The ports from <paramref name="first"/> to <paramref name="last"/>, or empty when they are not two ends of one range.</summary>
    public static IReadOnlyList<string> Expand(string first, string last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        var (prefix, from) = Split(first);
        var (lastPrefix, to) = Split(last);
        if (from is null || to is null || !string.Equals(prefix, lastPrefix, StringComparison.OrdinalIgnoreCase) || to < from || to - from >= MaxPorts)
        {
            return [];
        }

        return [.. Enumerable.Range(from.Value, to.Value - from.Value + 1).Select(n => prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    private static (string Prefix, int? Number) Split(string name)
    {
        var at = name.Length;
        while (at > 0 && char.IsAsciiDigit(name[at - 1]))
        {
            at--;
        }

        return at == name.Length || name.Length - at > 5 ? (name, null) : (name[..at], int.Parse(name.AsSpan(at), System.Globalization.CultureInfo.InvariantCulture));
    }
}
