namespace GovNet.NetCode.Compile;

/// <summary>Orders port names as a device lists them: by type, then each number numerically (GE0/0/2 before GE0/0/10).</summary>
public sealed class PortOrder : IComparer<string>
{
    public static readonly PortOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        var (xType, xNumbers) = Split(x);
        var (yType, yNumbers) = Split(y);
        var byType = string.CompareOrdinal(xType, yType);
        if (byType != 0)
        {
            return byType;
        }

        for (var i = 0; i < Math.Min(xNumbers.Length, yNumbers.Length); i++)
        {
            if (xNumbers[i] != yNumbers[i])
            {
                return xNumbers[i].CompareTo(yNumbers[i]);
            }
        }

        return xNumbers.Length != yNumbers.Length ? xNumbers.Length.CompareTo(yNumbers.Length) : string.CompareOrdinal(x, y);
    }

    private static (string Type, long[] Numbers) Split(string name)
    {
        var firstDigit = name.IndexOfAny("0123456789".ToCharArray());
        if (firstDigit < 0)
        {
            return (name, []);
        }

        var numbers = name[firstDigit..].Split('/', '.', ':')
            .Select(part => long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToArray();
        return (name[..firstDigit], numbers);
    }
}
