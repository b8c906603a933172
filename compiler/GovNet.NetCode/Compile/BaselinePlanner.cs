using System.Collections.Immutable;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile;

/// <summary>
/// Decides a device's security baseline (<see cref="BaselineView"/>): the plane's policy says which
/// items are on for the device's role; the hardware catalogue says which ports are unused; the
/// topology says which trunks lead away from the root (root guard).
/// </summary>
internal static class BaselinePlanner
{
    private const int IdleMinutes = 10;
    private const int LoginAttempts = 3;
    private const int LockMinutes = 15;
    private const int StormPercent = 5;
    private const int MaxMacs = 2;

    /// <summary>The VTY ACL: the first basic ACL number where ACLs are numbered (segment ACLs are advanced, 3000 up), a name where they are named.</summary>
    private const string VtyAclNumber = "2000";
    private const string VtyAclName = "MGMT-VTY";

    public static BaselineView Plan(ModelIndex context, Device device, Dialect dialect, Plane plane, ManagementView management, HostBindingsView hosts)
    {
        var policy = plane.Security;
        var role = device.Role.Value;
        bool On(string item) => policy.IsOn(item, role);
        var isSwitch = role != DeviceRole.Egress;
        var tag = plane.Tag;
        var subnet = plane.Management.Subnet.Value;

        var accessVlans = device.Interfaces
            .Where(i => i.Mode.Value == InterfaceMode.Access && i.Segment is { } s && context.Segments.ContainsKey(s.Value))
            .Select(i => context.Segments[i.Segment!.Value.Value].Vlan.Value)
            .ToHashSet();
        var snooping = On(BaselineItems.DhcpSnooping) && role == DeviceRole.Access && accessVlans.Count > 0;

        var model = dialect.Hardware.Find(device.Model);
        var unused = model is null || !On(BaselineItems.UnusedPorts) ? [] : Unused(device, model, ConfigText.Safe($"[{tag}] unused", dialect.MaxDescription), isSwitch);

        return new BaselineView(
            On(BaselineItems.Banner),
            ConfigText.Safe($"[{tag}] {context.Model.Network.Name.Value}: authorised use only. Every session and command is logged and audited.", 200),
            On(BaselineItems.VtyAcl),
            dialect.AclNumbers is null ? VtyAclName : VtyAclNumber,
            subnet.Network.ToString(),
            ViewFactory.Wildcard(subnet.Length),
            On(BaselineItems.IdleTimeout),
            IdleMinutes,
            On(BaselineItems.LoginFailure),
            LoginAttempts,
            LockMinutes,
            On(BaselineItems.SshAlgorithms),
            On(BaselineItems.CommandAccounting) && management.Aaa.Length > 0,
            On(BaselineItems.Logging),
            isSwitch && On(BaselineItems.Stp),
            isSwitch && On(BaselineItems.Stp) ? [.. RootGuardPorts(context, device)] : [],
            isSwitch && On(BaselineItems.LoopDetection),
            isSwitch && On(BaselineItems.StormControl),
            StormPercent,
            isSwitch && On(BaselineItems.PortSecurity),
            MaxMacs,
            snooping,
            snooping && !hosts.Enabled,
            snooping ? [.. accessVlans.Union(hosts.Vlans).Order()] : [],
            snooping ? ViewFactory.VlanLines(accessVlans.Except(hosts.Vlans), dialect) : [],
            unused.Count > 0,
            context.BlackholeVlan(plane),
            [.. unused],
            On(BaselineItems.Lldp),
            On(BaselineItems.HttpOff),
            isSwitch && On(BaselineItems.NoDtp),
            isSwitch && On(BaselineItems.Vtp),
            ConfigText.Safe($"{plane.Name.Value}.{context.Model.Network.Name.Value}", 60),
            model?.RoutesByDefault == true);
    }

    /// <summary>The catalogue's ports the device does not declare; the declared names are gathered only for a device whose model is catalogued.</summary>
    private static List<UnusedPortView> Unused(Device device, HardwareModel model, string description, bool park)
    {
        var declared = device.Interfaces.Select(i => i.Name.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. PortOrder.Sort(model.Ports.Where(p => !declared.Contains(p)), p => p).Select(p => new UnusedPortView(p, description, park))];
    }

    /// <summary>Trunks of a core or distribution device towards a device further from the spanning-tree root: a better BPDU from there is refused.</summary>
    private static IEnumerable<string> RootGuardPorts(ModelIndex context, Device device)
    {
        var rank = Rank(device.Role.Value);
        return device.Interfaces
            .Where(i => i.Mode.Value == InterfaceMode.Trunk && i.Link?.Value is DeviceLinkEnd far
                && context.Devices.TryGetValue(far.Hostname, out var other) && Rank(other.Role.Value) > rank)
            .Select(i => i.Name.Value)
            .Order(PortOrder.Instance);
    }

    private static int Rank(DeviceRole role) => role switch
    {
        DeviceRole.Core or DeviceRole.Egress => 0,
        DeviceRole.Distribution => 1,
        _ => 2,
    };
}
