using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Compile.Acl;

/// <summary>
/// Builds one ACL from the plane's flow directions, restricted to the packets the ACL sees.
/// Rules are grouped by whether source and destination lie in the plane's own space; between the
/// groups stand denies of that space, so <c>any</c> in a later group can only mean the outside.
/// Within a group replies come first (a permitted flow's replies always pass), then flows in the
/// order declared (first match), then intra-zone permits.
/// </summary>
internal sealed class AclBuilder(IReadOnlyList<Ipv4Prefix> space, IReadOnlyList<Ipv4Prefix> insideSources)
{
    private readonly List<AclRule> inIn = [];
    private readonly List<AclRule> inOut = [];
    private readonly List<AclRule> outIn = [];

    public void Add(AclAction action, Protocol protocol, Side source, PortRange? sourcePorts, Side destination, PortRange? destinationPorts, bool established, string reason)
    {
        foreach (var src in source.Inside)
        {
            foreach (var dst in destination.Inside)
            {
                inIn.Add(new AclRule(action, protocol, src, sourcePorts, dst, destinationPorts, established, reason));
            }

            if (destination.Outside is { } outside)
            {
                inOut.Add(new AclRule(action, protocol, src, sourcePorts, outside, destinationPorts, established, reason));
            }
        }

        if (source.Outside is { } from)
        {
            foreach (var dst in destination.Inside)
            {
                outIn.Add(new AclRule(action, protocol, from, sourcePorts, dst, destinationPorts, established, reason));
            }
        }
    }

    public ImmutableArray<AclRule> Build()
    {
        // Inside-to-inside packets that no rule took are denied before 'any' can take them.
        // With no outside sources to protect, one deny per prefix of the space suffices.
        IReadOnlyList<Ipv4Prefix> sources = outIn.Count == 0 ? [Ipv4Prefix.Any] : insideSources;

        // Counted first, so the rules are written once into an array of their number (every segment has an ACL).
        var count = inIn.Count + 1
            + (inOut.Count > 0 ? (sources.Count * space.Count) + inOut.Count : 0)
            + (outIn.Count > 0 ? space.Count + outIn.Count : 0);
        var rules = ImmutableArray.CreateBuilder<AclRule>(count);
        rules.AddRange(inIn);
        if (inOut.Count > 0)
        {
            foreach (var src in sources)
            {
                foreach (var dst in space)
                {
                    rules.Add(Deny(src, dst, "own space of the plane is not the outside"));
                }
            }

            rules.AddRange(inOut);
        }

        if (outIn.Count > 0)
        {
            foreach (var src in space)
            {
                rules.Add(Deny(src, Ipv4Prefix.Any, "only outside sources may follow"));
            }

            rules.AddRange(outIn);
        }

        rules.Add(Deny(Ipv4Prefix.Any, Ipv4Prefix.Any, "everything not declared is denied"));
        return rules.MoveToImmutable();
    }

    private static AclRule Deny(Ipv4Prefix source, Ipv4Prefix destination, string reason) =>
        new(AclAction.Deny, Protocol.Ip, source, null, destination, null, false, reason);
}
