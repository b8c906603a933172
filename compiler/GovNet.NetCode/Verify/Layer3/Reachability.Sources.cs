using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>Exploring the sources device by device, on every core, with the answer of one source after another in list order.</summary>
public sealed partial class Reachability
{
    /// <summary>Where exploring one source puts what gets through and what it breaks.</summary>
    private sealed record Explored(MatrixBuilder Matrix, ViolationGroups Violations);

    /// <summary>
    /// Explores every source and returns each gateway's routing findings. A device's walks serve only its own sources and,
    /// for a gateway, its routing check, so the sources are taken device by device (a device's in list order) and its walks
    /// dropped once it is done: only the devices in flight hold theirs, not the whole network. Devices go to whichever core
    /// is free; each source collects into its own matrix and violations, merged afterwards in list order. A matrix cell and
    /// a violation group keep the first path and packet added, and groups come out in the order they were first added, so
    /// that merge gives what adding one source after another gives.
    /// </summary>
    private Dictionary<string, List<Finding>> ExploreAll(List<TrafficSource> sources, HashSet<string> gateways)
    {
        var hosts = sources.Select((source, index) => (source.Host, index)).GroupBy(s => s.Host, StringComparer.Ordinal)
            .Select(g => (Host: g.Key, Sources: g.Select(s => s.index).ToList()))
            // The busiest devices first, so that the last to finish is a small one and neither core waits long for the other.
            .OrderByDescending(h => h.Sources.Count).ToList();
        var each = new Explored[sources.Count];
        var routing = new List<Finding>?[hosts.Count];
        var failures = new FirstFailure();
        var taken = -1;
        Parallel.For(0, parallelism, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, _ =>
        {
            // One set of classes seen per core, emptied for each source: it grows to a source's classes once, not once per source.
            var seen = new HashSet<(int Path, string To, long PolicyKey, int Gap)>();
            for (var h = Interlocked.Increment(ref taken); h < hosts.Count; h = Interlocked.Increment(ref taken))
            {
                var (host, indices) = hosts[h];
                // Where one thread would have met a failure: at the source, or after every source for the routing check.
                var at = sources.Count;
                try
                {
                    var cache = new HostWalks(atoms.Count);
                    foreach (var i in indices)
                    {
                        at = i;
                        each[i] = new Explored(new MatrixBuilder(), new ViolationGroups());
                        Explore(sources[i], each[i], cache, seen);
                    }

                    at = sources.Count;
                    routing[h] = gateways.Contains(host) ? [.. GatewayRouting(cache, host)] : null;
                }
                catch (Exception failure)
                {
                    // Ordered as one thread meets failures: by source, then (after every source) by device.
                    failures.Note(((long)at * hosts.Count) + h, failure);
                }
            }
        });

        failures.ThrowIfAny();

        foreach (var explored in each)
        {
            matrix.Merge(explored.Matrix);
            violations.Merge(explored.Violations);
        }

        return Enumerable.Range(0, hosts.Count).Where(h => routing[h] is not null).ToDictionary(h => hosts[h].Host, h => routing[h]!, StringComparer.Ordinal);
    }
}
