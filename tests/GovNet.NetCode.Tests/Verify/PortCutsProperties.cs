using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Model;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// The judge's port cuts, found once for all the policy's ports, cut every class exactly as
/// <see cref="PacketClasses.SplitPorts"/> cuts it with the whole list, and say a port lies in some
/// policy range exactly when one of the ranges holds it: a class cut differently would be a class the
/// policy is asked about with the wrong ports, and a wrongly neutral source port a wrong verdict.
/// </summary>
public sealed class PortCutsProperties
{
    // Ports near the edges the code treats specially (0, 1, the ephemeral 40000, 65535) and a few in between,
    // so that random ranges share edges, nest, touch and repeat as the ports of real policies do.
    private static readonly int[] Ports = [0, 1, 2, 21, 22, 23, 79, 80, 81, 443, 1023, 1024, 8080, 39999, 40000, 40001, 65534, 65535];

    private static PortRange Range(Random random)
    {
        var (a, b) = (Ports[random.Next(Ports.Length)], Ports[random.Next(Ports.Length)]);
        // Now and then a reversed range, which holds no port but still draws its edges.
        return random.Next(10) == 0 ? new PortRange(Math.Max(a, b), Math.Min(a, b)) : new PortRange(Math.Min(a, b), Math.Max(a, b));
    }

    private static Gen<(List<PortRange> Ranges, PortRange Within)> Cases() =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var ranges = Enumerable.Range(0, random.Next(41)).Select(_ => Range(random)).ToList();
            var within = Range(random);
            return (ranges, within.From <= within.To ? within : new PortRange(within.To, within.From));
        });

    [Property(MaxTest = 500)]
    public Property Cuts_found_once_equal_the_cuts_of_the_whole_list() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var cuts = new PortCuts(c.Ranges);
            return cuts.Split(c.Within).SequenceEqual(PacketClasses.SplitPorts(c.Within, c.Ranges))
                && cuts.Split(PacketClasses.AllPorts).SequenceEqual(PacketClasses.SplitPorts(PacketClasses.AllPorts, c.Ranges));
        });

    [Property(MaxTest = 500)]
    public Property A_port_is_held_exactly_when_some_range_holds_it() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var cuts = new PortCuts(c.Ranges);
            return Ports.Concat([c.Within.From, c.Within.To, 3, 30000, 65536, -1])
                .All(p => cuts.Holds(p) == c.Ranges.Any(r => r.From <= p && p <= r.To));
        });

    [Property(MaxTest = 500)]
    public Property A_piece_lies_inside_a_range_exactly_when_its_first_port_is_held() =>
        Prop.ForAll(Arb.From(Cases()), c =>
        {
            var cuts = new PortCuts(c.Ranges);
            // The judge's old test, asked of every piece, against the one it asks now.
            return cuts.Split(c.Within).All(p =>
                c.Ranges.Any(q => q.From <= p.From && p.To <= q.To) == cuts.Holds(p.From));
        });

    [Fact]
    public void No_ranges_leave_a_class_whole_and_hold_no_port()
    {
        var cuts = new PortCuts([]);
        Assert.Equal([PacketClasses.AllPorts], cuts.Split(PacketClasses.AllPorts));
        Assert.False(cuts.Holds(80));
    }
}
