using GovNet.NetCode.Model;
using GovNet.NetCode.Testing.Mutations;
using static GovNet.NetCode.Testing.Mutations.DialectLines;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>One edit made to one device's compiled config, with what it did in words for a failure label.</summary>
public sealed record AppliedEdit(string Host, ConfigText Text, string What);

/// <summary>
/// An edit an engineer could make on a device of one dialect. <see cref="Apply"/> picks its device
/// and port with the random source it is given and returns null when the network has no target.
/// </summary>
public sealed record SoundnessEdit(string Class, string Dialect, string Name, Func<SoundnessNetwork, Random, AppliedEdit?> Apply)
{
    public string Id => $"{Dialect} {Name}";

    public override string ToString() => Id;
}

/// <summary>
/// Edits that open a path the verifier must not miss: routes to next hops no inventoried device
/// owns, an internal device holding external addresses, ports whose mode lets them become trunks.
/// Edits that only write an address of the other plane into a statement the parsers do not model
/// are in <see cref="SoundnessStatementEdits"/>.
/// </summary>
public static class SoundnessBridgeEdits
{
    // The dialects whose own factory behaviour or statements an edit below is written for.
    public const string Huawei = "huawei-vrp";
    public const string H3c = "h3c-comware";
    public const string Cisco = "cisco-ios";

    public const string UnknownNextHop = "unknown next hop";
    public const string InternalHoldsExternal = "internal device holds external addresses";
    public const string UnstatedMode = "port mode lets it become a trunk";

    /// <summary>A carrier hand-off /30 outside both planes (TEST-NET-3): what a spare port cabled to an ISP would get.</summary>
    private static readonly Ipv4Prefix Handoff = Ipv4Prefix.Parse("203.0.113.4/30");

    private static readonly Ipv4Prefix Default = Ipv4Prefix.Parse("0.0.0.0/0");

    public static IReadOnlyList<SoundnessEdit> All { get; } =
    [
        .. EveryDialect(UnknownNextHop, "floating default route to an unused management address", FloatingDefault),
        .. EveryDialect(UnknownNextHop, "spare port routed with a default route to the far /30 end", RoutedSparePort),
        .. EveryDialect(UnknownNextHop, "spare port routed and running OSPF towards the far /30 end", OspfSparePort),
        .. EveryDialect(InternalHoldsExternal, "external sub/secondary address on an internal SVI", ExternalSubAddress),
        .. EveryDialect(InternalHoldsExternal, "static route into the external space on an internal router", RouteIntoExternal),
        .. EveryDialect(InternalHoldsExternal, "default route to an unknown next hop on an internal router", InternalDefault),
        new(UnstatedMode, Cisco, "switchport access vlan without a mode (factory dynamic auto)", AccessVlanWithoutMode),
        new(UnstatedMode, Cisco, "switchport mode dynamic desirable allowing an internal VLAN", DynamicDesirable),
        new(UnstatedMode, Huawei, "port link-type negotiation-desirable", (n, r) => ReplaceLinkType(n, r, " port link-type negotiation-desirable")),
        new(UnstatedMode, Huawei, "port link-type removed (factory negotiation-desirable)", (n, r) => ReplaceLinkType(n, r, null)),
        new(UnstatedMode, H3c, "hybrid port tagging an internal VLAN", HybridTaggingInternal),
    ];

    private static IEnumerable<SoundnessEdit> EveryDialect(string @class, string name, Func<SoundnessNetwork, string, Random, AppliedEdit?> apply) =>
        DialectLines.All.Select(d => new SoundnessEdit(@class, d, name, (n, r) => apply(n, d, r)));

    private static T? Pick<T>(Random random, IReadOnlyList<T> items)
        where T : class => items.Count == 0 ? null : items[random.Next(items.Count)];

    /// <summary>
    /// A backup default route with a high preference, towards an address of the management subnet
    /// nobody holds: it is used the moment the real default fails, so it is an exit unless proven otherwise.
    /// </summary>
    private static AppliedEdit? FloatingDefault(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Preferring(dialect, "external", DeviceRole.Core, DeviceRole.Distribution, DeviceRole.Access)) is not { } host)
        {
            return null;
        }

        var nextHop = network.UnusedManagementAddress("external");
        var text = network.Text(host);
        text.AddStatement(Of(dialect).Route(Default, nextHop, 250));
        return new AppliedEdit(host, text, $"default route preference 250 via {nextHop}");
    }

    private static AppliedEdit? RoutedSparePort(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Hosts(dialect, "external")) is not { } host)
        {
            return null;
        }

        var port = network.SparePort(host);
        var own = new InterfaceAddress(Handoff.FirstHost, Handoff.Length);
        var far = Handoff.LastHost;
        var text = network.Text(host);
        text.AddInterface(Of(dialect).RoutedPort(port, $"{network.Tag("external")} to carrier hand-off", own));
        text.AddStatement(Of(dialect).Route(Default, far));
        return new AppliedEdit(host, text, $"{port} {own} with default route via {far}");
    }

    /// <summary>No static route this time: the far end of the hand-off is an OSPF neighbour no inventoried device owns, and may announce anything.</summary>
    private static AppliedEdit? OspfSparePort(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Hosts(dialect, "external")) is not { } host)
        {
            return null;
        }

        var port = network.SparePort(host);
        var own = new InterfaceAddress(Handoff.FirstHost, Handoff.Length);
        var text = network.Text(host);
        text.AddInterface(Of(dialect).RoutedPort(port, $"{network.Tag("external")} to carrier hand-off", own));
        text.AddStatement(Of(dialect).OspfOver(Handoff));
        return new AppliedEdit(host, text, $"{port} {own} running OSPF 1 over {Handoff}");
    }

    private static AppliedEdit? ExternalSubAddress(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Hosts(dialect, "internal").Where(h => network.Svis(h).Count > 0).ToList()) is not { } host)
        {
            return null;
        }

        var svi = network.Svis(host)[random.Next(network.Svis(host).Count)];
        var segment = network.SegmentOf("external", random).Subnet.Value;
        var address = new InterfaceAddress(new Ipv4Address(segment.LastHost.Value - 1), segment.Length);
        var text = network.Text(host);
        var at = text.Require(l => l.StartsWith(" ip address ", StringComparison.Ordinal), $"{svi.Name} address", svi.Line - 1);
        text.Insert(at + 1, Of(dialect).ExtraAddress(address));
        return new AppliedEdit(host, text, $"{svi.Name} extra address {address}");
    }

    private static AppliedEdit? RouteIntoExternal(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Preferring(dialect, "internal", DeviceRole.Core, DeviceRole.Distribution, DeviceRole.Access)) is not { } host)
        {
            return null;
        }

        // The next hop is one the device already routes through, so only the destination is wrong.
        var nextHop = network.Facts[host].Routes.Select(r => r.NextHop).FirstOrDefault(h => h is not null)
            ?? network.Context.Planes["internal"].Management.Gateway.Value;
        var prefix = network.SegmentOf("external", random).Subnet.Value;
        var text = network.Text(host);
        text.AddStatement(Of(dialect).Route(prefix, nextHop));
        return new AppliedEdit(host, text, $"route {prefix} via {nextHop}");
    }

    private static AppliedEdit? InternalDefault(SoundnessNetwork network, string dialect, Random random)
    {
        if (Pick(random, network.Preferring(dialect, "internal", DeviceRole.Core, DeviceRole.Distribution, DeviceRole.Access)) is not { } host)
        {
            return null;
        }

        var nextHop = network.UnusedManagementAddress("internal");
        var text = network.Text(host);
        text.AddStatement(Of(dialect).Route(Default, nextHop));
        return new AppliedEdit(host, text, $"default route via {nextHop}");
    }

    /// <summary>An external access port's config section, found by the line that sets its untagged VLAN.</summary>
    private static (string Host, ConfigText Text, int Header, int VlanLine)? AccessPort(SoundnessNetwork network, string dialect, Random random)
    {
        var hosts = network.Hosts(dialect, "external", DeviceRole.Access).Where(h => network.Texts[h].Split('\n').Any(IsAccessVlan)).ToList();
        if (Pick(random, hosts) is not { } host)
        {
            return null;
        }

        var text = network.Text(host);
        var candidates = Enumerable.Range(0, text.Lines.Count).Where(i => IsAccessVlan(text.Lines[i]) && !IsShut(text, i)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var vlanLine = candidates[random.Next(candidates.Count)];
        var header = text.Lines.Take(vlanLine).ToList().FindLastIndex(l => l.StartsWith("interface ", StringComparison.Ordinal));
        return (host, text, header, vlanLine);
    }

    /// <summary>A port the baseline shut (an unused port parked in the black-hole VLAN) carries nothing, so an edit on it proves nothing.</summary>
    private static bool IsShut(ConfigText text, int line)
    {
        var header = text.Lines.Take(line).ToList().FindLastIndex(l => l.StartsWith("interface ", StringComparison.Ordinal));
        return text.Lines.Skip(header + 1).TakeWhile(l => l.StartsWith(' ')).Any(l => l.Trim() == "shutdown");
    }

    /// <summary>Cisco's factory mode is dynamic auto: a port with only an access VLAN still answers DTP and may become a trunk.</summary>
    private static AppliedEdit? AccessVlanWithoutMode(SoundnessNetwork network, Random random)
    {
        if (AccessPort(network, Cisco, random) is not { } port)
        {
            return null;
        }

        var (host, text, header, vlanLine) = port;

        var mode = text.Require(l => l == " switchport mode access", "switchport mode access", header);
        text.Mark(vlanLine);
        text.Remove(mode);
        return new AppliedEdit(host, text, $"{text.Lines[header]} without switchport mode");
    }

    private static AppliedEdit? DynamicDesirable(SoundnessNetwork network, Random random)
    {
        if (AccessPort(network, Cisco, random) is not { } port)
        {
            return null;
        }

        var (host, text, header, _) = port;

        var vlan = network.ManagementVlan("internal");
        var mode = text.Require(l => l == " switchport mode access", "switchport mode access", header);
        text.Replace(mode, " switchport mode dynamic desirable");
        text.Insert(mode + 1, $" switchport trunk allowed vlan {vlan}");
        return new AppliedEdit(host, text, $"{text.Lines[header]} dynamic desirable, allowed vlan {vlan}");
    }

    /// <summary>On Huawei S-series switches a port whose link-type is not written is negotiation-desirable.</summary>
    private static AppliedEdit? ReplaceLinkType(SoundnessNetwork network, Random random, string? replacement)
    {
        if (AccessPort(network, Huawei, random) is not { } port)
        {
            return null;
        }

        var (host, text, header, vlanLine) = port;

        var type = text.Require(l => l == " port link-type access", "port link-type access", header);
        if (replacement is null)
        {
            text.Mark(vlanLine);
            text.Remove(type);
        }
        else
        {
            text.Replace(type, replacement);
        }

        return new AppliedEdit(host, text, $"{text.Lines[header]} {replacement?.Trim() ?? "without port link-type"}");
    }

    /// <summary>Comware has no trunk negotiation (an unset port is access in VLAN 1), so its way to the same mistake is a hybrid port.</summary>
    private static AppliedEdit? HybridTaggingInternal(SoundnessNetwork network, Random random)
    {
        if (AccessPort(network, H3c, random) is not { } port)
        {
            return null;
        }

        var (host, text, header, vlanLine) = port;

        var access = int.Parse(text.Lines[vlanLine].Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var vlan = network.ManagementVlan("internal");
        text.Replace(vlanLine, " port link-type hybrid");
        text.Insert(vlanLine + 1, $" port hybrid vlan {vlan} tagged", $" port hybrid vlan {access} untagged", $" port hybrid pvid vlan {access}");
        return new AppliedEdit(host, text, $"{text.Lines[header]} hybrid, tagged vlan {vlan}");
    }
}
