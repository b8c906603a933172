namespace GovNet.NetCode.FakeDevice;

/// <summary>
/// What a fake device reports about the wire, vendor-neutral: the fleet derives it from the test
/// network's cabling and host registry, and <see cref="ObservedOutput"/> prints it as each dialect
/// does. Ports are full names; MACs are 12 hex digits.
/// </summary>
public sealed record ObservedTables(IReadOnlyList<LldpRow> Neighbours, IReadOnlyList<MacRow> Macs, IReadOnlyList<ArpRow> Arp)
{
    public static readonly ObservedTables Empty = new([], [], []);
}

/// <summary>A neighbour on <paramref name="LocalPort"/>; <paramref name="PortId"/> as the neighbour itself sends it.</summary>
public sealed record LldpRow(string LocalPort, string SystemName, string ChassisId, string PortId);

public sealed record MacRow(string Mac, int Vlan, string Port);

public sealed record ArpRow(string Ip, string Mac, int Vlan, string Port);
