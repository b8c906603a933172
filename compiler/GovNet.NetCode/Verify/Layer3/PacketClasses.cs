using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// The equivalence classes of opening packets for one source and one destination atom: source
/// addresses, protocols and ports cut wherever one of the rules that can meet them draws a line, so
/// every rule (and so every ACL on the path) treats a whole class alike.
/// </summary>
public static class PacketClasses
{
    public const int Ephemeral = 40000;

    /// <summary>The IP protocol an ACL rule cannot tell from any other it does not name: one that no rule names.</summary>
    public static int OtherProtocol(IEnumerable<int> named)
    {
        var set = named.ToHashSet();
        // From 47 up, never icmp, tcp or udp.
        var candidate = 47;
        while (set.Contains(candidate))
        {
            candidate++;
        }

        return candidate;
    }

    /// <summary>Cuts a sorted region into the pieces the given intervals do not split further.</summary>
    public static List<(uint Low, uint High)> Split(IReadOnlyList<(uint Low, uint High)> region, IEnumerable<(uint Low, uint High)> cutBy)
    {
        var cuts = new SortedSet<uint>();
        foreach (var (low, high) in cutBy)
        {
            cuts.Add(low);
            if (high != uint.MaxValue)
            {
                cuts.Add(high + 1);
            }
        }

        var result = new List<(uint Low, uint High)>();
        foreach (var (low, high) in region)
        {
            var start = low;
            if (low < high)
            {
                foreach (var cut in cuts.GetViewBetween(low + 1, high))
                {
                    result.Add((start, cut - 1));
                    start = cut;
                }
            }

            result.Add((start, high));
        }

        return result;
    }

    /// <summary>Port ranges 0–65535 cut at the edges of the given ranges.</summary>
    public static List<PortRange> SplitPorts(PortRange within, IEnumerable<PortRange> cutBy)
    {
        // A list sorted once rather than a sorted set: this runs for every source and rule set the judge meets.
        var cuts = new List<int>();
        foreach (var range in cutBy)
        {
            AddCut(cuts, within, range.From);
            AddCut(cuts, within, range.To + 1);
        }

        cuts.Sort();
        var result = new List<PortRange>(cuts.Count + 1);
        var start = within.From;
        foreach (var cut in cuts)
        {
            // A repeated cut equals the start it already set.
            if (cut != start)
            {
                result.Add(new PortRange(start, cut - 1));
                start = cut;
            }
        }

        result.Add(new PortRange(start, within.To));
        return result;
    }

    private static void AddCut(List<int> cuts, PortRange within, int cut)
    {
        if (cut > within.From && cut <= within.To)
        {
            cuts.Add(cut);
        }
    }

    public static readonly PortRange AllPorts = new(0, 65535);

    /// <summary>A port of the class that reads well: an ephemeral one for sources where it fits, else the first (1 rather than 0).</summary>
    // Stryker disable once Equality : range.From < Ephemeral differs only for a class starting at 40000, which gets 40000 either way (its other comparison is pinned by AddressSetTests)
    public static int SourcePort(PortRange range) =>
        range.From <= Ephemeral && Ephemeral <= range.To ? Ephemeral : DestinationPort(range);

    public static int DestinationPort(PortRange range) => range.From == 0 && range.To > 0 ? 1 : range.From;

    public static uint Address((uint Low, uint High) range) => range.Low + (uint)(((ulong)range.High - range.Low + 1) / 2);

    /// <summary>The port ranges an ACL rule draws for a protocol: none unless it is that protocol's rule.</summary>
    public static IEnumerable<PortRange> Ports(AclRuleFact rule, int protocol, bool source)
    {
        if (!FactPacket.PortsApply(rule) || (rule.Protocol == Protocol.Tcp ? FactPacket.Tcp : FactPacket.Udp) != protocol)
        {
            return [];
        }

        var match = source ? rule.SourcePorts : rule.DestinationPorts;
        return match.Ranges.Where(r => r.From <= 65535);
    }
}
