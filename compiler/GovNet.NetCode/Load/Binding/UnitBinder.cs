using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>policy/units/*.yaml → <see cref="Unit"/>.</summary>
internal static class UnitBinder
{
    public static Unit Bind(YamlMapping root, string file)
    {
        var id = root.Located("id");
        return new Unit(
            id,
            root.Text("title"),
            [.. root.Items("segments").Cast<YamlMapping>().Select(s => BindSegment(id.Value, s))],
            file);
    }

    private static Segment BindSegment(string unit, YamlMapping segment)
    {
        var subnet = segment.Scalar("subnet")!.Prefix();
        var gateway = segment.Scalar("gateway") is { } explicitGateway
            ? explicitGateway.Address()
            : new Located<Ipv4Address>(subnet.Value.FirstHost, subnet.Span);
        return new Segment(unit, segment.Located("zone"), segment.Scalar("vlan")!.Integer(), subnet, gateway, segment.Span);
    }
}
