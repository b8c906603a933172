namespace GovNet.NetCode.Parsing;

/// <summary>
/// A voice VLAN on a switch port (<c>voice-vlan N enable</c>, <c>switchport voice vlan N</c>), the
/// same for every dialect: the port may carry VLAN N tagged besides what it carries already (a phone
/// tags its frames; a switch in automatic mode adds the port once it sees one), so the fact counts it as carried.
/// </summary>
public static class VoiceVlan
{
    public static InterfaceFact Join(InterfaceFact port, int? voice)
    {
        ArgumentNullException.ThrowIfNull(port);
        if (voice is not { } vlan)
        {
            return port;
        }

        return port.Mode switch
        {
            // An access port stays untagged in its VLAN and carries the voice VLAN tagged: as a trunk whose native VLAN is the access VLAN.
            PortMode.Access => port with { Mode = PortMode.Trunk, NativeVlan = port.AccessVlan ?? 1, TrunkVlans = [vlan], AllVlans = false },
            PortMode.Trunk or PortMode.Dynamic when !port.AllVlans && !port.TrunkVlans.Contains(vlan) => port with { TrunkVlans = [.. port.TrunkVlans.Append(vlan).Order()] },
            _ => port,
        };
    }
}
