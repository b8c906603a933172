using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// An IPv4 address or prefix written anywhere in a config, modelled or not, with where it stands.
/// A plain address is a /32; an address followed by its mask or length is the prefix it names
/// (host bits cleared), so an interface address reads as its subnet.
/// </summary>
public sealed record AddressLiteral(int Line, int Column, Ipv4Prefix Prefix, string Text);

/// <summary>
/// The address census's reader: every dotted quad of every line, whatever statement holds it, so a
/// statement no parser models still cannot name an address unseen. Vendor-neutral on purpose: it
/// knows dotted quads, <c>/N</c>, masks and wildcards, and nothing of any command.
/// </summary>
public static class AddressLiterals
{
    private static readonly IReadOnlySet<int> EmptySet = new HashSet<int>();

    public static ImmutableArray<AddressLiteral> Scan(string text) => Scan(text, EmptySet);

    /// <summary>The literals of every line but the <paramref name="skipped"/> ones (numbered as this scan counts lines), which are not read at all.</summary>
    public static ImmutableArray<AddressLiteral> Scan(string text, IReadOnlySet<int> skipped)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(skipped);
        var found = ImmutableArray.CreateBuilder<AddressLiteral>();
        var quads = new List<DottedQuad>();

        // ACLs name the same few subnets again and again: each spelling becomes one string, shared by its literals.
        var spellings = SharedStrings.Create();
        var lineNumber = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (range.IndexOf('.') < 0 || skipped.Contains(lineNumber))
            {
                continue;
            }

            quads.Clear();
            DottedQuads.Find(range, quads);
            ScanLine(range, lineNumber, quads, found, spellings);
        }

        return found.ToImmutable();
    }

    private static void ScanLine(
        ReadOnlySpan<char> line, int lineNumber, List<DottedQuad> matches, ImmutableArray<AddressLiteral>.Builder found, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> spellings)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (!TryRead(line[match.Index..match.QuadEnd], out var address))
            {
                continue;
            }

            var length = 32;
            if (match.HasLength)
            {
                length = int.Parse(line[(match.QuadEnd + 1)..match.End], CultureInfo.InvariantCulture);
                if (length > 32)
                {
                    length = 32;
                }
            }
            else if (NextMask(line, match.End, matches, i) is { } next)
            {
                length = next.Length;
                i = next.Index;
            }
            else if (address.Value is 0 or uint.MaxValue)
            {
                continue;
            }

            found.Add(new AddressLiteral(lineNumber, match.Index + 1, Ipv4Prefix.Containing(address, length), spellings.Of(line[match.Index..match.End])));
        }
    }

    /// <summary>The prefix length a mask, wildcard or bare length right after an address gives it; the index of the mask's match when it was one.</summary>
    private static (int Length, int Index)? NextMask(ReadOnlySpan<char> line, int end, List<DottedQuad> matches, int i)
    {
        var rest = line[end..];
        var gap = rest.Length - rest.TrimStart(' ').Length;
        if (gap == 0)
        {
            return null;
        }

        if (i + 1 < matches.Count && matches[i + 1].Index == end + gap && !matches[i + 1].HasLength &&
            TryRead(line[matches[i + 1].Index..matches[i + 1].QuadEnd], out var next) && IsMaskOrWildcard(next, out var length))
        {
            return (length, i + 1);
        }

        // "10.1.1.1 24": a bare length, as VRP and Comware write interface addresses and routes.
        var digits = rest[gap..];
        var count = 0;
        while (count < digits.Length && char.IsAsciiDigit(digits[count]))
        {
            count++;
        }

        if (count is 1 or 2 && (count == digits.Length || digits[count] == ' ') &&
            int.TryParse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture, out var bare) && bare <= 32)
        {
            return (bare, i);
        }

        return null;
    }

    /// <summary>
    /// A contiguous mask (ones then zeros, 0.0.0.0 and 255.255.255.255 included) or wildcard (zeros
    /// then ones), and the prefix length it means. Outside ACLs, which the census does not judge,
    /// the two ambiguous values are masks: 0.0.0.0 after 0.0.0.0 is the default route.
    /// </summary>
    public static bool IsMaskOrWildcard(Ipv4Address value, out int length)
    {
        var mask = value.Value;
        length = System.Numerics.BitOperations.PopCount(mask);
        if (Ipv4Prefix.MaskOf(length) == mask)
        {
            return true;
        }

        length = 32 - length;
        return (mask & (mask + 1)) == 0;
    }

    private static bool TryRead(ReadOnlySpan<char> quad, out Ipv4Address address)
    {
        address = default;
        uint value = 0;
        foreach (var range in quad.Split('.'))
        {
            if (!uint.TryParse(quad[range], NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                return false;
            }

            value = (value << 8) | octet;
        }

        address = new Ipv4Address(value);
        return true;
    }
}
