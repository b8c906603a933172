using System.Globalization;

namespace GovNet.NetCode.Model;

/// <summary>An IPv4 prefix with no host bits set.</summary>
public readonly record struct Ipv4Prefix : IComparable<Ipv4Prefix>, ISpanFormattable
{
    public Ipv4Prefix(Ipv4Address network, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 32);
        if ((network.Value & ~MaskOf(length)) != 0)
        {
            throw new ArgumentException($"host bits set in {network}/{length}", nameof(network));
        }

        Network = network;
        Length = length;
    }

    /// <summary>0.0.0.0/0: every address, as in "any" and the default route.</summary>
    public static readonly Ipv4Prefix Any = new(new Ipv4Address(0), 0);

    public Ipv4Address Network { get; }

    public int Length { get; }

    public uint Mask => MaskOf(Length);

    public Ipv4Address Broadcast => new(Network.Value | ~Mask);

    public Ipv4Address FirstHost => Length >= 31 ? Network : new(Network.Value + 1);

    public Ipv4Address LastHost => Length >= 31 ? Broadcast : new(Broadcast.Value - 1);

    public ulong Size => 1UL << (32 - Length);

    public static uint MaskOf(int length) => length == 0 ? 0 : uint.MaxValue << (32 - length);

    /// <summary>Parses <c>A.B.C.D/N</c>; <paramref name="address"/> is the address as written, which may have host bits set.</summary>
    public static bool TryParseParts(ReadOnlySpan<char> text, out Ipv4Address address, out int length)
    {
        address = default;
        length = 0;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var lengthText = text[(slash + 1)..];
        return Ipv4Address.TryParse(text[..slash], out address) &&
               lengthText.Length is 1 or 2 && (lengthText.Length == 1 || lengthText[0] != '0') &&
               int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) && length <= 32;
    }

    public static Ipv4Prefix Parse(string text) =>
        TryParseParts(text, out var address, out var length)
            ? new Ipv4Prefix(address, length)
            : throw new FormatException($"not an IPv4 prefix: {text}");

    public static Ipv4Prefix Containing(Ipv4Address address, int length) =>
        new(new Ipv4Address(address.Value & MaskOf(length)), length);

    public bool Contains(Ipv4Address address) => (address.Value & Mask) == Network.Value;

    public bool Contains(Ipv4Prefix other) => other.Length >= Length && Contains(other.Network);

    public bool Overlaps(Ipv4Prefix other) => Contains(other.Network) || other.Contains(Network);

    public int CompareTo(Ipv4Prefix other)
    {
        var byNetwork = Network.CompareTo(other.Network);
        return byNetwork != 0 ? byNetwork : Length.CompareTo(other.Length);
    }

    public override string ToString()
    {
        Span<char> text = stackalloc char[Ipv4Address.MaxLength + 3];
        TryFormat(text, out var length, default, null);
        return new string(text[..length]);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite(CultureInfo.InvariantCulture, $"{Network}/{Length}", out charsWritten);
}
