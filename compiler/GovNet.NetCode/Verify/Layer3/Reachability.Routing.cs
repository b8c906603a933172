using GovNet.NetCode.Model;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>The routing half of reachability: what routes alone let out, before any ACL is asked.</summary>
public sealed partial class Reachability
{
    /// <summary>
    /// Routes alone, whatever the ACLs say today: a path into another plane (P1), to the internet
    /// around the egress (P2), or to the internet at all from a plane without internet (P1).
    /// Gateways are walked to every atom. Every other device (access switches, the egress) is
    /// walked once per static route, to an address that route carries: its first hop is all that
    /// device adds, since the rest of the path is the next device's own routing, checked in turn.
    /// </summary>
    private IEnumerable<Finding> RoutingFindings(IEnumerable<List<Finding>> gateways, IEnumerable<string> others)
    {
        var reported = new HashSet<(string, string, int)>();
        foreach (var finding in gateways.SelectMany(g => g))
        {
            if (reported.Add((finding.Property, finding.At.File, finding.At.Line)))
            {
                yield return finding;
            }
        }

        foreach (var host in others)
        {
            var table = network.Tables[host];
            foreach (var route in table.Routes.Where(r => r.Static is not null))
            {
                foreach (var address in AddressesCarriedBy(table, route))
                {
                    foreach (var finding in Violations(host, network.Walk(host, null, address), address.Value, reported))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A gateway's routing findings, each line once, in the order its atoms give them; taken while its walks are still
    /// held, then merged across gateways (in hostname order, each line once) with the others'.
    /// </summary>
    private IEnumerable<Finding> GatewayRouting(HostWalks cache, string host)
    {
        var reported = new HashSet<(string, string, int)>();
        var plane = input.PlaneOf(host);
        for (var atom = 0; atom < atoms.Count; atom++)
        {
            // A loop over the walks rather than a projection of them: this runs for every gateway and atom.
            foreach (var walked in PathsFrom(cache, host, atom))
            {
                if (NewViolation(host, plane, walked.Path, atoms.Representative(atom).Value, reported, walked.To) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> Violations(string host, IEnumerable<Layer3Path> walks, uint address, HashSet<(string, string, int)> reported)
    {
        var plane = input.PlaneOf(host);
        foreach (var path in walks)
        {
            if (NewViolation(host, plane, path, address, reported) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>The path's routing finding, unless one for the same line is already reported.</summary>
    private Finding? NewViolation(string host, string plane, Layer3Path path, uint address, HashSet<(string, string, int)> reported, Endpoint? to = null) =>
        judge.RoutingViolation(host, plane, path, address, to) is { } finding && reported.Add((finding.Property, finding.At.File, finding.At.Line)) ? finding : null;

    /// <summary>
    /// Addresses whose longest match on the device is this route, one from each part of the space it
    /// may carry — the first it carries at all, the first inside each plane's space, the first outside
    /// every plane — so that a route's worst destination is walked, not just its first.
    /// </summary>
    private IEnumerable<Ipv4Address> AddressesCarriedBy(RouteTable table, Route route)
    {
        var range = Intervals.Of(route.Prefix);
        List<List<(uint Low, uint High)>> spaces = [.. endpoints.Spaces.Values.Select(s => Intervals.Normalise(s.Prefixes.Select(Intervals.Of)))];
        var parts = new List<List<(uint Low, uint High)>> { new() { range } };
        parts.AddRange(spaces.Select(space => Intervals.Except([range], Intervals.Complement(space))));
        parts.Add(Intervals.Except([range], Intervals.Normalise(spaces.SelectMany(s => s))));
        var seen = new HashSet<uint>();
        foreach (var part in parts)
        {
            if (FirstCarried(table, route, part) is { } address && seen.Add(address.Value))
            {
                yield return address;
            }
        }
    }

    /// <summary>Parts are cut at a route's prefix and the planes' prefixes, atom boundaries all, so their atoms lie wholly inside them.</summary>
    private Ipv4Address? FirstCarried(RouteTable table, Route route, List<(uint Low, uint High)> part)
    {
        foreach (var (low, high) in part)
        {
            var (first, last) = atoms.Within(low, high);
            for (var atom = first; atom <= last; atom++)
            {
                var address = atoms.Representative(atom);
                if (table.Lookup(address).Contains(route))
                {
                    return address;
                }
            }
        }

        return null;
    }
}
