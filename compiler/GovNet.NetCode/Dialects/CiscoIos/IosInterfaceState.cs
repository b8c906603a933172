using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// One interface as its lines are read; <see cref="ToFact"/> then applies IOS's defaults: a trunk
/// without an allowed list carries every VLAN, an access port without an access VLAN is in VLAN 1,
/// and a port with no mode line is routed on a router but negotiates (Dynamic) on a switch.
/// </summary>
internal sealed partial class IosInterfaceState(string name, int line)
{
    private const int MaxVlan = 4094;

    private readonly List<InterfaceAddress> secondaries = [];
    private InterfaceAddress? primary;

    // Indexed by VLAN id (0 unused), so ranges as wide as 1-4094 cost little; made when a trunk line needs it.
    private bool[]? trunkVlans;
    private bool allVlans = true;

    public string? Description { get; set; }

    public bool Shutdown { get; set; }

    /// <summary><c>switchport</c> (true) or <c>no switchport</c> (false); null when neither is written.</summary>
    public bool? Switchport { get; set; }

    /// <summary>The <c>switchport mode</c> written; null when none is.</summary>
    public PortMode? Mode { get; set; }

    /// <summary>Whether any layer-2 setting (access VLAN, trunk VLANs) is written: then the port is a switch port whatever its name.</summary>
    public bool HasSwitchportSettings { get; set; }

    public int? AccessVlan { get; set; }

    public int? NativeVlan { get; set; }

    public string? AclIn { get; set; }

    public string? AclOut { get; set; }

    /// <summary>The Port-channel this port is a member of (<c>channel-group N</c>).</summary>
    public string? Aggregate { get; set; }

    /// <summary>The one dot1q VLAN a sub-interface terminates (<c>encapsulation dot1Q N</c>).</summary>
    public int? Dot1q { get; set; }

    /// <summary>Whether a <c>tunnel …</c> line was read: the interface is a tunnel, recorded once as not proven.</summary>
    public bool Tunnel { get; set; }

    /// <summary>A voice VLAN (<c>switchport voice vlan N</c>): the port carries it tagged besides its access VLAN.</summary>
    public int? Voice { get; set; }

    public void Address(InterfaceAddress address, bool secondary)
    {
        if (secondary)
        {
            secondaries.Add(address);
        }
        else
        {
            primary = address;
        }
    }

    public void NoAddress()
    {
        primary = null;
        secondaries.Clear();
    }

    public void Trunk(IosTrunkChange change)
    {
        switch (change.Kind)
        {
            case TrunkChangeKind.Set:
                allVlans = false;
                SetAll(false);
                Set(change.Vlans, true);
                break;
            case TrunkChangeKind.Add when !allVlans:
                Set(change.Vlans, true);
                break;
            case TrunkChangeKind.Remove:
                if (allVlans)
                {
                    allVlans = false;
                    SetAll(true);
                }

                Set(change.Vlans, false);
                break;
            case TrunkChangeKind.Except:
                allVlans = false;
                SetAll(true);
                Set(change.Vlans, false);
                break;
            case TrunkChangeKind.All:
                allVlans = true;
                SetAll(false);
                break;
            case TrunkChangeKind.None:
                allVlans = false;
                SetAll(false);
                break;
        }
    }

    private bool[] TrunkVlans => trunkVlans ??= new bool[MaxVlan + 1];

    private void SetAll(bool value) => Array.Fill(TrunkVlans, value, 1, MaxVlan);

    private void Set(IEnumerable<VlanRange> ranges, bool value)
    {
        foreach (var range in ranges)
        {
            Array.Fill(TrunkVlans, value, range.From, range.To - range.From + 1);
        }
    }

    public InterfaceFact ToFact(bool deviceIsSwitch)
    {
        var svi = SviName().Match(name) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id is >= 1 and <= MaxVlan ? id : (int?)null;
        var addresses = primary is { } p ? [p, .. secondaries] : secondaries.ToImmutableArray();
        var mode = ResolveMode(deviceIsSwitch, !addresses.IsEmpty);
        var carriesTrunk = mode is PortMode.Trunk or PortMode.Dynamic;
        return VoiceVlan.Join(new InterfaceFact(
            name,
            line,
            Description,
            Shutdown,
            mode,
            mode switch
            {
                PortMode.Access or PortMode.Dynamic => AccessVlan ?? 1,
                _ => null,
            },
            carriesTrunk && !allVlans && trunkVlans is { } vlans ? [.. Enumerable.Range(1, MaxVlan).Where(v => vlans[v])] : [],
            carriesTrunk && allVlans,
            carriesTrunk ? NativeVlan : null,
            addresses,
            AclIn,
            AclOut,
            svi ?? Dot1q,
            LoopbackName().IsMatch(name))
        {
            Aggregate = Aggregate,
        }, Voice);
    }

    private PortMode ResolveMode(bool deviceIsSwitch, bool hasAddress)
    {
        if (Switchport == false)
        {
            return PortMode.Routed;
        }

        if (Mode is { } written)
        {
            return written;
        }

        // Catalyst switch ports default to "switchport mode dynamic auto" (older 2950/3550 to dynamic
        // desirable): either may negotiate a trunk (Cisco Networking Academy CCNA Routing and
        // Switching, Scaling Networks, 3.2.3.2 "Negotiated Interface Modes"; show dtp interface).
        if (Switchport == true || HasSwitchportSettings)
        {
            return PortMode.Dynamic;
        }

        // VLAN interfaces, loopbacks, tunnels, serial links and sub-interfaces can only route
        // (abbreviated names are accepted for hand-written configs; devices print full names).
        if (!SwitchableName().IsMatch(name))
        {
            return PortMode.Routed;
        }

        if (hasAddress)
        {
            return PortMode.Routed;
        }

        return deviceIsSwitch ? PortMode.Dynamic : PortMode.Routed;
    }

    [GeneratedRegex(@"^Vlan([0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex SviName();

    [GeneratedRegex(@"^Loopback[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LoopbackName();

    [GeneratedRegex(@"^(FastEthernet|GigabitEthernet|TwoGigabitEthernet|FiveGigabitEthernet|TenGigabitEthernet|TwentyFiveGigE|FortyGigabitEthernet|HundredGigE|AppGigabitEthernet|Ethernet|Port-channel|Fa|Gi|Te|Tw|Twe|Fo|Hu|Eth?|Po)[0-9/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SwitchableName();
}
