using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// The address and port arithmetic the walk stands on, at the edges where an off-by-one would hide
/// an address: the ends of the address space, ranges that touch, a port range cut by a policy's ports.
/// </summary>
public sealed class AddressSetTests
{
    private static (uint, uint) Range(string low, string high) => (Ipv4Address.Parse(low).Value, Ipv4Address.Parse(high).Value);

    [Fact]
    public void Touching_ranges_merge_and_the_complement_reaches_both_ends_of_the_address_space()
    {
        var merged = Intervals.Normalise([Range("10.0.1.0", "10.0.1.255"), Range("10.0.0.0", "10.0.0.255"), Range("10.0.3.0", "10.0.3.255")]);
        Assert.Equal([Range("10.0.0.0", "10.0.1.255"), Range("10.0.3.0", "10.0.3.255")], merged);

        Assert.Equal([Range("0.0.0.0", "9.255.255.255"), Range("10.0.2.0", "10.0.2.255"), Range("10.0.4.0", "255.255.255.255")], Intervals.Complement(merged));
        Assert.Equal([Range("0.0.0.1", "255.255.255.254")], Intervals.Complement([Range("0.0.0.0", "0.0.0.0"), Range("255.255.255.255", "255.255.255.255")]));
        Assert.Empty(Intervals.Complement([(0u, uint.MaxValue)]));

        Assert.Equal([Range("10.0.0.0", "10.0.0.9"), Range("10.0.0.11", "10.0.0.255")], Intervals.Except([Range("10.0.0.0", "10.0.0.255")], [Range("10.0.0.10", "10.0.0.10")]));
    }

    [Fact]
    public void Ranges_meet_contain_and_cover_inclusively()
    {
        var sorted = new List<(uint Low, uint High)> { Range("10.0.0.0", "10.0.0.255") };
        Assert.True(Intervals.Overlaps(sorted, Range("10.0.0.255", "10.0.1.0")));
        Assert.False(Intervals.Overlaps(sorted, Range("10.0.1.0", "10.0.1.255")));
        Assert.True(Intervals.Contains(sorted, Ipv4Address.Parse("10.0.0.255").Value));
        Assert.False(Intervals.Contains(sorted, Ipv4Address.Parse("10.0.1.0").Value));
        Assert.True(Intervals.Covers(Range("10.0.0.0", "10.0.0.255"), sorted));
        Assert.False(Intervals.Covers(Range("10.0.0.1", "10.0.0.255"), sorted));
        Assert.False(Intervals.Covers(Range("10.0.0.0", "10.0.0.254"), sorted));

        // A non-contiguous wildcard is widened to the span of its matches.
        Assert.Equal(Range("10.0.0.0", "10.0.255.1"), Intervals.Of(new GovNet.NetCode.Parsing.AddressMatch(Ipv4Address.Parse("10.0.0.1"), 0x0000FF01)));
    }

    /// <summary>Single addresses at the edges: the last address of the space, one address left on each side of a cut, a range's first address.</summary>
    [Fact]
    public void One_address_pieces_are_kept_and_every_range_of_a_set_is_asked()
    {
        Assert.Equal([(uint.MaxValue, uint.MaxValue)], Intervals.Complement([(0u, uint.MaxValue - 1)]));
        Assert.Equal([Range("10.0.0.0", "10.0.0.0"), Range("10.0.0.2", "10.0.0.2")], Intervals.Except([Range("10.0.0.0", "10.0.0.2")], [Range("10.0.0.1", "10.0.0.1")]));

        var two = new List<(uint Low, uint High)> { Range("10.0.0.0", "10.0.0.255"), Range("10.0.2.0", "10.0.2.255") };
        Assert.True(Intervals.Overlaps(two, Range("10.0.2.7", "10.0.2.7")));
        Assert.False(Intervals.Covers(Range("10.0.0.0", "10.0.1.255"), two));
        Assert.True(Intervals.Contains(two, Ipv4Address.Parse("10.0.2.0").Value));

        // Atoms cover the whole space even when no range starts at 0.0.0.0: the addresses below the first range are an atom too.
        var atoms = new AddressAtoms([Range("10.0.0.0", "10.0.0.255")]);
        Assert.Equal(3, atoms.Count);
        Assert.Equal(0, atoms.IndexOf(Ipv4Address.Parse("1.2.3.4").Value));
    }

    [Fact]
    public void A_region_is_cut_where_a_rule_draws_a_line_and_nowhere_else()
    {
        var pieces = PacketClasses.Split([Range("10.0.0.0", "10.0.0.255"), Range("255.255.255.0", "255.255.255.255")],
            [Range("10.0.0.128", "10.0.0.255"), Range("10.0.0.0", "10.0.0.63"), Range("255.255.255.255", "255.255.255.255")]);
        Assert.Equal([Range("10.0.0.0", "10.0.0.63"), Range("10.0.0.64", "10.0.0.127"), Range("10.0.0.128", "10.0.0.255"),
            Range("255.255.255.0", "255.255.255.254"), Range("255.255.255.255", "255.255.255.255")], pieces);

        var atoms = new AddressAtoms([Range("10.0.0.0", "10.0.0.255"), Range("10.0.0.128", "10.0.0.255"), (0u, uint.MaxValue)]);
        Assert.Equal(4, atoms.Count);
        Assert.Equal((1, 2), atoms.Within(Ipv4Address.Parse("10.0.0.0").Value, Ipv4Address.Parse("10.0.0.255").Value));
        Assert.Equal(uint.MaxValue, atoms.High(3));
        Assert.Equal(Ipv4Address.Parse("10.0.0.127").Value, atoms.High(1));
        Assert.Equal(Ipv4Address.Parse("10.0.0.64"), atoms.Representative(1));
        Assert.Equal(3, atoms.IndexOf(uint.MaxValue));
    }

    [Fact]
    public void Ports_are_cut_at_a_policys_ranges_and_read_as_ephemeral_sources_and_first_destinations()
    {
        Assert.Equal([new PortRange(0, 79), new PortRange(80, 80), new PortRange(81, 442), new PortRange(443, 443), new PortRange(444, 65535)],
            PacketClasses.SplitPorts(PacketClasses.AllPorts, [new PortRange(443, 443), new PortRange(80, 80)]));
        Assert.Equal([new PortRange(100, 200)], PacketClasses.SplitPorts(new PortRange(100, 200), [new PortRange(50, 99), new PortRange(201, 300)]));

        Assert.Equal(40000, PacketClasses.SourcePort(PacketClasses.AllPorts));
        Assert.Equal(1, PacketClasses.SourcePort(new PortRange(0, 1023)));
        Assert.Equal(0, PacketClasses.DestinationPort(new PortRange(0, 0)));
        Assert.Equal(40001, PacketClasses.SourcePort(new PortRange(40001, 50000)));
        Assert.Equal(48, PacketClasses.OtherProtocol([47]));
        Assert.Equal(50, PacketClasses.OtherProtocol([47, 48, 49]));
    }

    [Fact]
    public void The_last_port_is_a_class_of_its_own_and_a_class_ending_at_40000_sends_from_it()
    {
        Assert.Equal([new PortRange(0, 65534), new PortRange(65535, 65535)], PacketClasses.SplitPorts(PacketClasses.AllPorts, [new PortRange(65535, 65535)]));
        Assert.Equal(40000, PacketClasses.SourcePort(new PortRange(30000, 40000)));
    }

    private static AclRuleFact Rule(Protocol protocol, PortMatch sourcePorts, PortMatch destinationPorts, bool established = false) =>
        new(1, null, AclAction.Permit, protocol, null, AddressMatch.Any, sourcePorts, AddressMatch.Any, destinationPorts, established, null);

    [Fact]
    public void A_rules_ports_cut_only_its_own_protocols_classes_up_to_the_last_port()
    {
        var tcp = Rule(Protocol.Tcp, PortMatch.Any, PortMatch.Eq(65535));
        Assert.Equal([new PortRange(65535, 65535)], PacketClasses.Ports(tcp, FactPacket.Tcp, false));
        Assert.Empty(PacketClasses.Ports(tcp, FactPacket.Udp, false));
        Assert.Empty(PacketClasses.Ports(Rule(Protocol.Ip, PortMatch.Any, PortMatch.Any), FactPacket.Tcp, false));
    }

    [Fact]
    public void An_opening_packet_is_never_established_and_an_established_rule_never_stands_for_all_traffic()
    {
        Assert.False(new FactPacket(FactPacket.Tcp, 1, PacketClasses.Ephemeral, 2, 443).ToPolicyPacket().Established);
        Assert.True(FactPacket.MatchesAllTraffic(Rule(Protocol.Ip, PortMatch.Any, PortMatch.Any)));
        Assert.False(FactPacket.MatchesAllTraffic(Rule(Protocol.Ip, PortMatch.Any, PortMatch.Any, established: true)));
    }
}
