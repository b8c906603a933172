using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// A device's walks to every atom, held while its sources are explored. Atoms that take the same path share it (on the
/// generated city network a gateway's 10,284 atoms take about 7,000 paths, and far fewer sets of ACLs), so walks alike are
/// kept once: what the collector has to carry from one generation to the next is then the distinct paths, not every walk.
/// </summary>
public sealed partial class Reachability
{
    /// <summary>
    /// A path walked once, numbered by its hops (atoms with the same hops share the number), where it ends, named, and the ACLs
    /// on its hops. A value inside its atom's array, for the same reason as <see cref="Hop"/>. Its hops are named only where a
    /// packet gets through it (<see cref="SourceRun.NamesOf"/>).
    /// </summary>
    private readonly record struct Walked(Layer3Path Path, int Id, Endpoint? To, HopAcls Acls);

    /// <summary>One device's walks, by atom, and its paths numbered by their hops (numbers are compared only among one device's paths).</summary>
    private sealed class HostWalks(int atoms)
    {
        public Walked[]?[] ByAtom { get; } = new Walked[]?[atoms];

        public Dictionary<ImmutableArray<Hop>, int> Ids { get; } = new(SameHops.Instance);

        /// <summary>Each distinct path once, with its number.</summary>
        public Dictionary<Layer3Path, (Layer3Path Path, int Id, HopAcls Acls)> Paths { get; } = new(SamePath.Instance);

        /// <summary>Each distinct list of hop ACLs once: what a source's chains are found by.</summary>
        public Dictionary<HopAcls, HopAcls> AclsOf { get; } = new(SameHopAcls.Instance);

        /// <summary>Each distinct set of walks once: atoms that take the same paths to the same endpoint share it.</summary>
        public Dictionary<Walked[], Walked[]> Sets { get; } = new(SameWalks.Instance);

        private readonly Dictionary<InterfaceFact, (string Host, string Name)> hopNames = new(ReferenceEqualityComparer.Instance);

        /// <summary>A port's device:interface name, made once for all the paths that pass it.</summary>
        public string HopName(string host, InterfaceFact port)
        {
            if (hopNames.TryGetValue(port, out var known) && string.Equals(known.Host, host, StringComparison.Ordinal))
            {
                return known.Name;
            }

            var name = $"{host}:{port.Name}";
            hopNames.TryAdd(port, (host, name));
            return name;
        }
    }

    private Walked[] PathsFrom(HostWalks cache, string host, int atom)
    {
        if (cache.ByAtom[atom] is not { } found)
        {
            var address = atoms.Representative(atom);
            var walks = network.Walk(host, null, address);
            found = new Walked[walks.Count];
            for (var i = 0; i < found.Length; i++)
            {
                var walk = walks[i];
                if (!cache.Paths.TryGetValue(walk, out var known))
                {
                    // The hops alone: a walk that names an endpoint ends where its last port leads (the internet, an upstream, a
                    // connected subnet), and one with the same hops that ends otherwise names none and is never evaluated.
                    if (!cache.Ids.TryGetValue(walk.Hops, out var id))
                    {
                        cache.Ids[walk.Hops] = id = cache.Ids.Count;
                    }

                    var hopAcls = HopAclsOf(walk);
                    if (!cache.AclsOf.TryGetValue(hopAcls, out var sharedAcls))
                    {
                        cache.AclsOf[hopAcls] = sharedAcls = hopAcls;
                    }

                    cache.Paths[walk] = known = (walk, id, sharedAcls);
                }

                var path = known.Path;
                found[i] = new Walked(path, known.Id, path.End == PathEnd.Delivered ? holding[atom] : endpoints.Destination(path, address.Value), known.Acls);
            }

            if (!cache.Sets.TryGetValue(found, out var shared))
            {
                cache.Sets[found] = shared = found;
            }

            cache.ByAtom[atom] = found = shared;
        }

        return found;
    }

    /// <summary>Hops alike when they pass the same devices by the same interfaces, by name: what a path is numbered by.</summary>
    private sealed class SameHops : IEqualityComparer<ImmutableArray<Hop>>
    {
        public static readonly SameHops Instance = new();

        public bool Equals(ImmutableArray<Hop> x, ImmutableArray<Hop> y)
        {
            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!string.Equals(x[i].Host, y[i].Host, StringComparison.Ordinal) ||
                    !string.Equals(x[i].In?.Name, y[i].In?.Name, StringComparison.Ordinal) ||
                    !string.Equals(x[i].Out.Name, y[i].Out.Name, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // The length and the last hop's device and port alone: what tells a device's paths apart is nearly always where they
        // end, and hashing every name of every hop was a good part of walking.
        public int GetHashCode(ImmutableArray<Hop> hops) => hops.IsEmpty
            ? 0
            : HashCode.Combine(hops.Length, StringComparer.Ordinal.GetHashCode(hops[^1].Host), StringComparer.Ordinal.GetHashCode(hops[^1].Out.Name));
    }

    /// <summary>
    /// Walks that are the same in everything a finding or a packet's fate reads: every hop's device, ports and route (the very
    /// objects of the device's facts and table), and how and where the walk ends.
    /// </summary>
    private sealed class SamePath : IEqualityComparer<Layer3Path>
    {
        public static readonly SamePath Instance = new();

        public bool Equals(Layer3Path? x, Layer3Path? y)
        {
            if (x is null || y is null)
            {
                return ReferenceEquals(x, y);
            }

            if (x.Hops.Length != y.Hops.Length || x.End != y.End || x.Upstream != y.Upstream || x.Exit != y.Exit ||
                x.DroppedAt?.Host != y.DroppedAt?.Host || !ReferenceEquals(x.DroppedAt?.In, y.DroppedAt?.In))
            {
                return false;
            }

            for (var i = 0; i < x.Hops.Length; i++)
            {
                var (a, b) = (x.Hops[i], y.Hops[i]);
                if (!string.Equals(a.Host, b.Host, StringComparison.Ordinal) || !ReferenceEquals(a.In, b.In) ||
                    !ReferenceEquals(a.Out, b.Out) || !ReferenceEquals(a.Route, b.Route))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(Layer3Path path)
        {
            var hash = new HashCode();
            hash.Add(path.End);
            foreach (var hop in path.Hops)
            {
                hash.Add(RuntimeHelpers.GetHashCode(hop.Route));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Sets of walks alike, walk by walk: the same kept path (<see cref="SamePath"/>) to the same endpoint.</summary>
    private sealed class SameWalks : IEqualityComparer<Walked[]>
    {
        public static readonly SameWalks Instance = new();

        public bool Equals(Walked[]? x, Walked[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!ReferenceEquals(x[i].Path, y[i].Path) || x[i].To != y[i].To)
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(Walked[] walks)
        {
            var hash = new HashCode();
            // The kept paths alone (equal sets have the same ones): the endpoints are compared, not hashed.
            foreach (var walked in walks)
            {
                hash.Add(RuntimeHelpers.GetHashCode(walked.Path));
            }

            return hash.ToHashCode();
        }
    }
}
