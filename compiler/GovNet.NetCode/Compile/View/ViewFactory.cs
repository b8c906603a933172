using System.Collections.Immutable;
using System.Text;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Compile.Topology;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.View;

/// <summary>Small conversions from model values to view values, shared by every part of a device view.</summary>
internal static class ViewFactory
{
    // Every ACL rule spells two masks or wildcards: 33 of each, formatted once.
    private static readonly string[] Masks = [.. Enumerable.Range(0, 33).Select(length => new Ipv4Address(Ipv4Prefix.MaskOf(length)).ToString())];
    private static readonly string[] Wildcards = [.. Enumerable.Range(0, 33).Select(length => new Ipv4Address(~Ipv4Prefix.MaskOf(length)).ToString())];

    private static readonly Dictionary<Protocol, string> ProtocolWords = Enum.GetValues<Protocol>().ToDictionary(p => p, p => p.ToString().ToLowerInvariant());

    public static string Mask(int length) => Masks[length];

    public static string Wildcard(int length) => Wildcards[length];

    public static AddressView Address(Ipv4Prefix prefix) => new(
        prefix.Length == 0,
        prefix.Length == 32,
        prefix.Network.ToString(),
        Wildcard(prefix.Length),
        Mask(prefix.Length),
        prefix.Length);

    public static PortMatchView? Ports(PortRange? range) =>
        range is { } r ? new PortMatchView(r.From == r.To, r.From, r.To) : null;

    public static RouteView Route(StaticRoute route) => new(
        route.Prefix.Network.ToString(),
        Mask(route.Prefix.Length),
        route.Prefix.Length,
        route.NextHop.ToString(),
        ConfigText.Safe(route.Reason, 35).Replace(' ', '-').Replace(",", string.Empty, StringComparison.Ordinal),
        route.Prefix.Length == 0);

    /// <summary>VLAN ids compressed into ranges and cut into the lines one command accepts, in the dialect's style.</summary>
    public static ImmutableArray<string> VlanLines(IEnumerable<int> vlans, Dialect dialect)
    {
        // Written straight into each line: a distribution switch has trunks carrying thousands of VLANs,
        // each trunk's list compressed anew, and a string per range, per chunk and per join added up.
        if (vlans is IReadOnlyCollection<int> { Count: 0 })
        {
            // Every port of every device asks (access ports with no trunk VLANs): no builders for nothing.
            return [];
        }

        var (joiner, separator, perLine) = dialect.VlanListStyle;
        var lines = ImmutableArray.CreateBuilder<string>();
        var line = new StringBuilder();
        var items = 0;
        int? start = null;
        var previous = 0;
        foreach (var vlan in Ascending(vlans))
        {
            if (start is not null && vlan == previous + 1)
            {
                previous = vlan;
                continue;
            }

            if (start is { } s)
            {
                Item(s, previous);
            }

            start = previous = vlan;
        }

        if (start is { } last)
        {
            Item(last, previous);
        }

        if (items > 0)
        {
            lines.Add(line.ToString());
        }

        return lines.ToImmutable();

        void Item(int from, int to)
        {
            if (items == perLine)
            {
                lines.Add(line.ToString());
                line.Clear();
                items = 0;
            }

            if (items++ > 0)
            {
                line.Append(separator);
            }

            line.Append(from);
            if (from != to)
            {
                line.Append(joiner).Append(to);
            }
        }
    }

    /// <summary>Distinct VLAN ids in ascending order; a set kept sorted that way already is read as it is.</summary>
    private static IEnumerable<int> Ascending(IEnumerable<int> vlans) =>
        vlans is SortedSet<int> sorted && sorted.Comparer == Comparer<int>.Default ? sorted : vlans.Distinct().Order();

    public static ImmutableArray<AclRuleView> Rules(IReadOnlyList<AclRule> rules, long[] numbers, RuleViewCache cache)
    {
        // Written straight into an array of the rules' number: every ACL of every device has its views.
        var views = ImmutableArray.CreateBuilder<AclRuleView>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            views.Add(new AclRuleView(
                checked((int)numbers[i]),
                rule.Action == AclAction.Permit,
                ProtocolName(rule.Protocol),
                cache.Address(rule.Source),
                Ports(rule.SourcePorts),
                cache.Address(rule.Destination),
                Ports(rule.DestinationPorts),
                rule.Established,
                cache.Remark(rule),
                i == 0 || rules[i - 1].Reason != rule.Reason));
        }

        return views.MoveToImmutable();
    }

    private static string ProtocolName(Protocol protocol) => ProtocolWords[protocol];
}
