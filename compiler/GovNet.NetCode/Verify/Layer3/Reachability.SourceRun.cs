using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>What exploring one source keeps while it goes through the atoms.</summary>
public sealed partial class Reachability
{
    /// <summary>
    /// One source's exploration: its ingress ACL (none for a device's own packets); the ACLs it meets, filtered for its region
    /// once each; the chain for each list of hop ACLs (a device's thousands of paths meet only a few); and each path's hops
    /// named, with the source's port as ingress, the first time a packet gets through it.
    /// </summary>
    private sealed class SourceRun(TrafficSource source, AclFact? ingress, AddressAtoms atoms, HostWalks walks)
    {
        private readonly Dictionary<AclFact, RangedRule[]> filtered = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<int, ImmutableArray<string>> names = [];

        public TrafficSource Source { get; } = source;

        public AclFact? Ingress { get; } = ingress;

        public Dictionary<HopAcls, Chained> Chains { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<List<(string Host, RangedRule[] Rules)>, Chained> BySequence { get; } = new(SameAcls.Instance);

        /// <summary>The ACL's rules that some packet from the source's region can match, with the atoms each covers.</summary>
        public RangedRule[] Filtered(AclFact acl)
        {
            if (!filtered.TryGetValue(acl, out var rules))
            {
                filtered[acl] = rules = [.. acl.Rules
                    .Where(r => !r.Established && Intervals.Overlaps(Source.Region, Intervals.Of(r.Source)))
                    .Select(r =>
                    {
                        var (low, high) = Intervals.Of(r.Destination);
                        var (first, last) = atoms.Within(low, high);
                        return new RangedRule(r, first, last);
                    })];
            }

            return rules;
        }

        /// <summary>
        /// The walk's hops named (<see cref="Layer3Path.Names"/>) with the source's port as ingress: every walk starts on the
        /// device (its first hop has no in-port), so that is the ingress named before the hops. The same for every atom and
        /// packet that takes a path of the number, whose hops have the same names. Named the first time a packet gets through,
        /// so the device's thousands of kept paths carry no names of their own.
        /// </summary>
        public ImmutableArray<string> NamesOf(Walked walked)
        {
            if (!names.TryGetValue(walked.Id, out var named))
            {
                names[walked.Id] = named = walked.Path.Names(Source.Host, Source.Port, walks.HopName);
            }

            return named;
        }
    }

    /// <summary>
    /// The ACLs on a path's hops, in order, each marked where it is the first hop's outbound ACL (which a device's own packets
    /// skip). A device's paths that meet the same ACLs share one (<see cref="HostWalks.AclsOf"/>).
    /// </summary>
    private sealed record HopAcls(ImmutableArray<(string Host, AclFact Acl, bool FirstOut)> Acls);

    /// <summary>Lists of hop ACLs alike: the same ACLs (the very facts) on the same devices, in the same order.</summary>
    private sealed class SameHopAcls : IEqualityComparer<HopAcls>
    {
        public static readonly SameHopAcls Instance = new();

        public bool Equals(HopAcls? x, HopAcls? y)
        {
            if (x is null || y is null || x.Acls.Length != y.Acls.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Acls.Length; i++)
            {
                var (a, b) = (x.Acls[i], y.Acls[i]);
                if (!ReferenceEquals(a.Acl, b.Acl) || a.FirstOut != b.FirstOut || !string.Equals(a.Host, b.Host, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(HopAcls hops)
        {
            var hash = new HashCode();
            foreach (var (_, acl, firstOut) in hops.Acls)
            {
                hash.Add(RuntimeHelpers.GetHashCode(acl));
                hash.Add(firstOut);
            }

            return hash.ToHashCode();
        }
    }
}
