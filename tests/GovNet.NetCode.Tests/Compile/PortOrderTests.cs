using System.Buffers;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// <see cref="PortOrder"/> compares names in place; it must order every name exactly as splitting each
/// name into its type and numbers did (kept here as <see cref="SplitKey"/>), since the order of ports,
/// unused ports, root-guard ports and host bindings is written into every config.
/// </summary>
public sealed class PortOrderTests
{
    /// <summary>Names like a device's, and the odd ones a policy may hold: empty parts, no digits, huge numbers, letters among digits.</summary>
    private static readonly Gen<string> Names =
        Gen.OneOf(
            Gen.Elements("GigabitEthernet", "GE", "Ten-GigabitEthernet", "Eth-Trunk", "Vlanif", "XGigabitEthernet", "Loopback", "Port-channel", "g", ""),
            Gen.Constant(string.Empty))
        .SelectMany(type => Gen.Choose(0, 7)
            .SelectMany(count => Gen.ArrayOf(Gen.Elements("0", "1", "2", "10", "01", "24", "48", "99999999999999999999", "", "a", "1a", "/", ".", ":", "-", " "), count))
            .Select(parts => type + string.Concat(parts)));

    [Property(MaxTest = 2000)]
    public Property Comparing_in_place_agrees_with_comparing_split_names() =>
        Prop.ForAll(Arb.From(Names), Arb.From(Names), (x, y) =>
            Math.Sign(PortOrder.Instance.Compare(x, y)) == Math.Sign(SplitKey.Of(x).CompareTo(SplitKey.Of(y))));

    [Property(MaxTest = 300)]
    public Property Sorting_in_place_agrees_with_sorting_by_split_names() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Names)), names =>
            PortOrder.Sort(names, n => n).SequenceEqual(names.Select(n => (Name: n, Key: SplitKey.Of(n))).OrderBy(x => x.Key).Select(x => x.Name)));

    [Fact]
    public void Every_catalogue_and_example_port_sorts_as_by_split_names()
    {
        var names = DialectRegistry.All
            .SelectMany(d => d.Hardware.ModelNames.Select(m => d.Hardware.Find(m)!))
            .SelectMany(m => m.Ports)
            .Concat(CompileHarness.Model(NetcodeProcess.RepositoryRoot()).Devices.SelectMany(d => d.Interfaces).Select(i => i.Name.Value))
            .Reverse()
            .ToList();

        Assert.True(names.Count > 100, $"only {names.Count} names");
        Assert.Equal(names.OrderBy(SplitKey.Of).ToList(), PortOrder.Sort(names, n => n).ToList());
        Assert.Equal(names.OrderBy(SplitKey.Of).ToList(), names.Order(PortOrder.Instance).ToList());
    }

    /// <summary>The comparison <see cref="PortOrder"/> made before it compared in place: each name split into strings.</summary>
    private sealed record SplitKey(string Name, string Type, long[] Numbers) : IComparable<SplitKey>
    {
        private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

        public static SplitKey Of(string name)
        {
            var firstDigit = name.AsSpan().IndexOfAny(Digits);
            if (firstDigit < 0)
            {
                return new SplitKey(name, name, []);
            }

            var numbers = name[firstDigit..].Split('/', '.', ':')
                .Select(part => long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
                .ToArray();
            return new SplitKey(name, name[..firstDigit], numbers);
        }

        public int CompareTo(SplitKey? other)
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
