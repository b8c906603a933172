using System.Globalization;

namespace GovNet.NetCode.Model;

/// <summary>
/// A 48-bit MAC address. The registry accepts the three spellings engineers copy from devices and
/// labels (<c>aabb-ccdd-eeff</c>, <c>aa:bb:cc:dd:ee:ff</c> or with hyphens, <c>aabb.ccdd.eeff</c>);
/// one value, so the same card written two ways is still one card.
/// </summary>
public readonly record struct MacAddress(ulong Value) : IComparable<MacAddress>
{
    public static bool TryParse(string text, out MacAddress mac)
    {
        mac = default;
        ArgumentNullException.ThrowIfNull(text);
        var groups = text.Length switch
        {
            14 when text[4] == text[9] && text[4] is '-' or '.' => text.Split(text[4]),
            17 when text[2] is ':' or '-' => text.Split(text[2]),
            _ => null,
        };
        if (groups is null || (groups.Length != 3 && groups.Length != 6) || groups.Any(g => g.Length != 12 / groups.Length))
        {
            return false;
        }

        if (!ulong.TryParse(string.Concat(groups), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        mac = new MacAddress(value);
        return true;
    }

    /// <summary>A group address (the low bit of the first octet, broadcast included) or all zeros names no single card.</summary>
    public bool IsUnicast => Value != 0 && ((Value >> 40) & 1) == 0;

    /// <summary><c>aabb-ccdd-eeff</c>: Huawei and H3C.</summary>
    public string Hyphenated => Grouped('-');

    /// <summary><c>aabb.ccdd.eeff</c>: Cisco.</summary>
    public string Dotted => Grouped('.');

    public int CompareTo(MacAddress other) => Value.CompareTo(other.Value);

    public override string ToString() => Hyphenated;

    private string Grouped(char separator)
    {
        var hex = Value.ToString("x12", CultureInfo.InvariantCulture);
        return $"{hex[..4]}{separator}{hex[4..8]}{separator}{hex[8..]}";
    }
}
