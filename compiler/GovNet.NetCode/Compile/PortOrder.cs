using System.Buffers;
using System.Globalization;

namespace GovNet.NetCode.Compile;

/// <summary>Orders port names as a device lists them: by type, then each number numerically (GE0/0/2 before GE0/0/10).</summary>
public sealed class PortOrder : IComparer<string>
{
    public static readonly PortOrder Instance = new();

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> Separators = SearchValues.Create("/.:");

    /// <summary>
    /// Compares the names where they stand, part by part, without splitting either into strings: every port
    /// of every device is sorted (a distribution switch's root-guard trunks with a few hundred comparisons),
    /// and a split name per comparison was most of what translating a device's ports allocated.
    /// </summary>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        var xDigit = x.AsSpan().IndexOfAny(Digits);
        var yDigit = y.AsSpan().IndexOfAny(Digits);
        var byType = Type(x, xDigit).SequenceCompareTo(Type(y, yDigit));
        if (byType != 0)
        {
            return byType;
        }

        var xParts = new Parts(x, xDigit);
        var yParts = new Parts(y, yDigit);
        while (xParts.Next(out var xNumber) & yParts.Next(out var yNumber))
        {
            if (xNumber != yNumber)
            {
                return xNumber.CompareTo(yNumber);
            }
        }

        // One ran out first: the name with more numbers comes later, so count the rest of the other's.
        while (xParts.Next(out _) | yParts.Next(out _))
        {
        }

        var byCount = xParts.Count.CompareTo(yParts.Count);
        return byCount != 0 ? byCount : string.CompareOrdinal(x, y);
    }

    /// <summary><paramref name="items"/> in the order of their port names; items of one name keep their order.</summary>
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(name, Instance);

    private static ReadOnlySpan<char> Type(string name, int firstDigit) =>
        firstDigit < 0 ? name : name.AsSpan(0, firstDigit);

    /// <summary>The numbers after a name's type, read one at a time: -1 where a part is not one; <see cref="Count"/> all of them once read to the end.</summary>
    private ref struct Parts(string name, int firstDigit)
    {
        private ReadOnlySpan<char> rest = firstDigit < 0 ? [] : name.AsSpan(firstDigit);
        private bool done = firstDigit < 0;

        public int Count { get; private set; }

        /// <summary>The next number; false once every part is read, after which <see cref="Count"/> counts every part.</summary>
        public bool Next(out long number)
        {
            number = 0;
            if (done)
            {
                return false;
            }

            var end = rest.IndexOfAny(Separators);
            var part = end < 0 ? rest : rest[..end];
            done = end < 0;
            rest = end < 0 ? [] : rest[(end + 1)..];
            Count++;
            number = long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            return true;
        }
    }
}
