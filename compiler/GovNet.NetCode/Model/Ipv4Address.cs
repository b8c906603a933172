using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovNet.NetCode.Model;

/// <summary>
/// An IPv4 address. Parsing is strict dotted-quad (System.Net.IPAddress accepts "10.1" and octal
/// forms, which a network engineer would never mean).
/// </summary>
public readonly record struct Ipv4Address(uint Value) : IComparable<Ipv4Address>, ISpanFormattable
{
    public static bool TryParse(ReadOnlySpan<char> text, out Ipv4Address address)
    {
        address = default;
        uint value = 0;
        var octets = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (octets == 4 || part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') ||
                !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                return false;
            }

            value = (value << 8) | (uint)octet;
            octets++;
        }

        if (octets != 4)
        {
            return false;
        }

        address = new Ipv4Address(value);
        return true;
    }

    public static Ipv4Address Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"not an IPv4 address: {text}");

    public int CompareTo(Ipv4Address other) => Value.CompareTo(other.Value);

    /// <summary>Dotted quad; written into the caller's buffer when interpolated, so a rule or config line that names an address makes no string for it.</summary>
    public override string ToString()
    {
        Span<char> text = stackalloc char[MaxLength];
        TryFormat(text, out var length, default, null);
        return new string(text[..length]);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"{Value >> 24}.{(Value >> 16) & 0xFF}.{(Value >> 8) & 0xFF}.{Value & 0xFF}", out charsWritten);

    /// <summary>The longest dotted quad, 255.255.255.255.</summary>
    internal const int MaxLength = 15;

    public static bool operator <(Ipv4Address a, Ipv4Address b) => a.Value < b.Value;

    public static bool operator >(Ipv4Address a, Ipv4Address b) => a.Value > b.Value;

    public static bool operator <=(Ipv4Address a, Ipv4Address b) => a.Value <= b.Value;

    public static bool operator >=(Ipv4Address a, Ipv4Address b) => a.Value >= b.Value;

    [SuppressMessage("Usage", "CA2225", Justification = "Value is the alternate.")]
    public static implicit operator uint(Ipv4Address address) => address.Value;
}
