using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>One member of a service object group: a protocol and, for TCP and UDP, the ports it matches.</summary>
internal sealed record IosServiceMember(Protocol Protocol, int? ProtocolNumber, PortMatch SourcePorts, PortMatch DestinationPorts);

/// <summary>
/// The network and service object groups of one config, and the expansion of an ACL entry naming
/// them into the rules the device matches. A group entered twice is one group; nested groups
/// (<c>group-object</c>) are flattened. An entry whose groups cannot be resolved exactly — a group
/// missing, of the other kind, nested in a cycle or too deep, holding a member line that was not
/// understood, or an expansion too large to hold — yields no rules, so its line is reported as not
/// understood rather than read as matching nothing.
/// </summary>
internal sealed class IosObjectGroups
{
    /// <summary>Deeper than any real nesting; a chain past it is not resolved (and never exhausts the stack).</summary>
    private const int MaxDepth = 32;

    /// <summary>Most rules one ACL entry may stand for; a cross product past it is reported, not built.</summary>
    private const int MaxRules = 10_000;

    private readonly Dictionary<string, Group<AddressMatch>> networks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group<IosServiceMember>> services = new(StringComparer.Ordinal);

    public Group<AddressMatch> Network(string name) => Get(networks, name);

    public Group<IosServiceMember> Service(string name) => Get(services, name);

    /// <summary>The rules <paramref name="rule"/> stands for, in an order that keeps the first match; null when it cannot be resolved exactly.</summary>
    public IReadOnlyList<IosAclRule>? Expand(IosAclGroupRule rule)
    {
        var kinds = rule.ServiceGroup is { } serviceGroup
            ? Resolve(services, serviceGroup)
            : [new IosServiceMember(rule.Protocol, rule.ProtocolNumber, rule.SourcePorts, rule.DestinationPorts)];
        var sources = Addresses(rule.Source);
        var destinations = Addresses(rule.Destination);
        if (kinds is null || sources is null || destinations is null || (long)kinds.Value.Length * sources.Value.Length * destinations.Value.Length > MaxRules)
        {
            return null;
        }

        return [.. from kind in kinds.Value
                   from source in sources.Value
                   from destination in destinations.Value
                   select new IosAclRule(rule.Sequence, rule.Action, kind.Protocol, kind.ProtocolNumber, source, kind.SourcePorts, destination, kind.DestinationPorts,
                       rule.Established && kind.Protocol == Protocol.Tcp)];
    }

    /// <summary>The address blocks <c>range LOW HIGH</c> covers exactly (at most 62).</summary>
    public static IEnumerable<AddressMatch> Range(Ipv4Address low, Ipv4Address high)
    {
        var at = (ulong)low.Value;
        while (at <= high.Value)
        {
            // The largest block aligned at 'at' that does not pass 'high'.
            var size = at == 0 ? 1UL << 32 : at & (~at + 1);
            while (at + size - 1 > high.Value)
            {
                size >>= 1;
            }

            yield return new AddressMatch(new Ipv4Address((uint)at), (uint)(size - 1));
            at += size;
        }
    }

    private ImmutableArray<AddressMatch>? Addresses(IosAddressTerm term) =>
        term.Group is { } name ? Resolve(networks, name) : [term.Match];

    private static ImmutableArray<T>? Resolve<T>(Dictionary<string, Group<T>> groups, string name)
    {
        var walk = new Walk<T>();
        return Flatten(groups, name, walk) ? [.. walk.Ordered] : null;
    }

    private static bool Flatten<T>(Dictionary<string, Group<T>> groups, string name, Walk<T> walk)
    {
        // A group met again by another way adds nothing new, so a diamond of nestings costs no more than its groups.
        if (walk.Done.Contains(name))
        {
            return true;
        }

        if (!groups.TryGetValue(name, out var group) || group.Broken || walk.Path.Contains(name, StringComparer.Ordinal) || walk.Path.Count >= MaxDepth)
        {
            return false;
        }

        foreach (var member in group.Members)
        {
            if (walk.Seen.Add(member))
            {
                walk.Ordered.Add(member);
            }
        }

        walk.Path.Add(name);
        var resolved = group.Nested.All(nested => Flatten(groups, nested, walk)) && walk.Ordered.Count <= MaxRules;
        walk.Path.RemoveAt(walk.Path.Count - 1);
        walk.Done.Add(name);
        return resolved;
    }

    /// <summary>One flattening: the groups on the way down (a cycle returns to one), those finished, and the members found.</summary>
    private sealed class Walk<T>
    {
        public List<string> Path { get; } = [];

        public HashSet<string> Done { get; } = new(StringComparer.Ordinal);

        public HashSet<T> Seen { get; } = [];

        public List<T> Ordered { get; } = [];
    }

    private static Group<T> Get<T>(Dictionary<string, Group<T>> groups, string name)
    {
        if (!groups.TryGetValue(name, out var group))
        {
            groups[name] = group = new Group<T>();
        }

        return group;
    }

    /// <summary>A group as its lines are read: members, nested group names, and whether a member line was not understood.</summary>
    public sealed class Group<T>
    {
        public List<T> Members { get; } = [];

        public List<string> Nested { get; } = [];

        public bool Broken { get; set; }
    }
}
