using System.Collections.Immutable;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>What one source meets on one path, built once for all the atoms and packet classes that take it.</summary>
public sealed partial class Reachability
{
    /// <summary>
    /// The ACLs on one path with their rules, and the edges where one of those rules starts or stops covering
    /// atoms, doubled (sorted, <c>2 × atom</c>) so that no atom's own <c>2 × atom + 1</c> equals an edge.
    /// </summary>
    private sealed record Chained(List<(string Host, RangedRule[] Rules)> Acls, int[] Edges)
    {
        /// <summary>The path's hops named for findings, once for all the atoms and packets that take it from this source.</summary>
        public ImmutableArray<string>? Names { get; set; }
    }

    private static int[] EdgesOf(List<(string Host, RangedRule[] Rules)> acls)
    {
        var edges = new int[2 * acls.Sum(c => c.Rules.Length)];
        var next = 0;
        foreach (var rule in acls.SelectMany(c => c.Rules))
        {
            edges[next++] = 2 * rule.First;
            edges[next++] = (2 * rule.Last) + 2;
        }

        Array.Sort(edges);
        return edges;
    }

    /// <summary>
    /// <see cref="Layer3Path.Names"/> with the source's port as ingress: every walk starts on the device (its first hop has no
    /// in-port), so that is the ingress named before the hops.
    /// </summary>
    private static ImmutableArray<string> WithIngress(TrafficSource source, ImmutableArray<string> hopNames)
    {
        var names = ImmutableArray.CreateBuilder<string>(hopNames.Length + 1);
        names.Add($"{source.Host}:{source.Port.Name}");
        names.AddRange(hopNames);
        return names.MoveToImmutable();
    }
}
