using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// A neighbour one port hears over LLDP: the name it gives itself, its chassis id and its own name
/// for the far port, as the far device prints it (normalised only when compared). <paramref name="Line"/>
/// is the line of the observed file it was read from.
/// </summary>
public sealed record LldpNeighbour(string LocalPort, string SystemName, string ChassisId, string PortId, int Line);

/// <summary>A card a switch learned on a port in a VLAN (the MAC address table).</summary>
public sealed record MacEntry(MacAddress Mac, int? Vlan, string Port, int Line);

/// <summary>An address a device resolved to a card (the ARP table), on an interface or VLAN.</summary>
public sealed record ArpEntry(Ipv4Address Address, MacAddress Mac, int? Vlan, string Interface, int Line);

/// <summary>
/// What a device reported about the wire beside its config: LLDP neighbours, the MAC address table
/// and the ARP table, with every output line not understood (the section is the command that printed it).
/// </summary>
public sealed record ObservedFacts(
    ImmutableArray<LldpNeighbour> Neighbours,
    ImmutableArray<MacEntry> Macs,
    ImmutableArray<ArpEntry> Arp,
    ImmutableArray<UnparsedLine> Unparsed)
{
    public static readonly ObservedFacts Empty = new([], [], [], []);
}
