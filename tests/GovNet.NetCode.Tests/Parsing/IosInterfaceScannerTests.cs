using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.CiscoIos;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The scans of the commonest IOS interface lines (<see cref="IosInterfaceScanner"/>) against the
/// grammar they stand in for: on every line of the golden configs and the corpus, awkward lines and
/// generated ones, a line the scan reads gives what the grammar gives, and the golden configs' lines
/// of those shapes are all read by the scan (else it would save nothing).
/// </summary>
public sealed class IosInterfaceScannerTests
{
    private static readonly string[] Words =
    [
        "ip", "address", "access-group", "secondary", "in", "out", "IN", "switchport", "access", "trunk", "native", "vlan", "Vlan", "10.0.0.1",
        "255.255.255.0", "255.0.255.0", "0.0.0.0", "255.255.255.255", "256.0.0.1", "10.0.0", "1", "0", "4094", "4095", "01", "99999999999", "-1",
        "ACL-1", "101", "\t", "\u00a0", "\u0663",
    ];

    private static readonly string[] Awkward =
    [
        "ip address 10.0.0.1 255.255.255.0", " ip  address\t10.0.0.1 255.255.255.0 secondary ", "ip address 10.0.0.1 255.0.255.0", "ip address 10.0.0.1",
        "ip address 10.0.0.1 255.255.255.0 secondary x", "ip address dhcp", "ip access-group A in", "ip access-group A out x", "ip access-group A IN",
        "ip access-group in in", "switchport access vlan 1", "switchport access vlan 4095", "switchport access vlan 0010", "switchport access vlan x",
        "switchport trunk native vlan 4094", "switchport trunk native vlan", "switchport access vlan 1 2", "ip address 10.0.0.1\u00a0255.255.255.0",
    ];

    [Fact]
    public void Golden_corpus_and_awkward_lines_are_scanned_as_the_grammar_reads_them()
    {
        foreach (var line in RuleScannerTests.RuleLines(_ => true).Concat(Awkward).Distinct())
        {
            AssertSame(line);
        }

        var golden = RuleScannerTests.GoldenLines("cisco-ios").Where(l => l.StartsWith("ip address ", StringComparison.Ordinal) || l.StartsWith("ip access-group ", StringComparison.Ordinal)
            || l.StartsWith("switchport access vlan ", StringComparison.Ordinal) || l.StartsWith("switchport trunk native vlan ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(golden);
        Assert.All(golden, l => Assert.True(
            IosInterfaceScanner.TryReadAddress(l) is not null || IosInterfaceScanner.TryReadAccessGroup(l) is not null
            || IosInterfaceScanner.TryReadVlan(l, native: false) is not null || IosInterfaceScanner.TryReadVlan(l, native: true) is not null, l));
    }

    [Property(MaxTest = 3000)]
    public Property Generated_lines_are_scanned_as_the_grammar_reads_them()
    {
        return Prop.ForAll(RuleScannerTests.WordLines(Words, 7).ToArbitrary(), AssertSame);
    }

    private static void AssertSame(string line)
    {
        if (IosInterfaceScanner.TryReadAddress(line) is { } address)
        {
            Assert.Equal(IosTokens.Read(IosInterfaceGrammar.IpAddress, line), address);
        }

        if (IosInterfaceScanner.TryReadAccessGroup(line) is { } group)
        {
            Assert.Equal(IosTokens.Read(IosInterfaceGrammar.AccessGroup, line), group);
        }

        if (IosInterfaceScanner.TryReadVlan(line, native: false) is { } access)
        {
            Assert.Equal(IosTokens.Read(IosInterfaceGrammar.AccessVlan, line), access);
        }

        if (IosInterfaceScanner.TryReadVlan(line, native: true) is { } native)
        {
            Assert.Equal(IosTokens.Read(IosInterfaceGrammar.NativeVlan, line), native);
        }
    }
}
