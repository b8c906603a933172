using System.Buffers;
using System.Globalization;

namespace GovNet.NetCode.Compile;

/// <summary>Orders port names as a device lists them: by type, then each number numerically (GE0/0/2 before GE0/0/10).</summary>
public sealed class PortOrder : IComparer<string>
{
    public static readonly PortOrder Instance = new();

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public int Compare(string? x, string? y) =>
        x is null || y is null ? string.CompareOrdinal(x, y) : Key.Of(x).CompareTo(Key.Of(y));

    /// <summary>
    /// <paramref name="items"/> in the order of their port names, each name split into type and numbers
    /// once instead of at every comparison (a 48-port switch sorts its ports with a few hundred).
    /// </summary>
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.Select(item => (Item: item, Key: Key.Of(name(item)))).OrderBy(x => x.Key).Select(x => x.Item);

    /// <summary>A port name split for comparison: the type before the first digit, then the numbers (-1 where a part is not one).</summary>
    private sealed record Key(string Name, string Type, long[] Numbers) : IComparable<Key>
    {
        public static Key Of(string name)
        {
            var firstDigit = name.AsSpan().IndexOfAny(Digits);
            if (firstDigit < 0)
            {
                return new Key(name, name, []);
            }

            var numbers = name[firstDigit..].Split('/', '.', ':')
                .Select(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
                .ToArray();
            return new Key(name, name[..firstDigit], numbers);
        }

        public int CompareTo(Key? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byType = string.CompareOrdinal(Type, other.Type);
            if (byType != 0)
            {
                return byType;
            }

            for (var i = 0; i < Math.Min(Numbers.Length, other.Numbers.Length); i++)
            {
                if (Numbers[i] != other.Numbers[i])
                {
                    return Numbers[i].CompareTo(other.Numbers[i]);
                }
            }

            return Numbers.Length != other.Numbers.Length ? Numbers.Length.CompareTo(other.Numbers.Length) : string.CompareOrdinal(Name, other.Name);
        }
    }
}
