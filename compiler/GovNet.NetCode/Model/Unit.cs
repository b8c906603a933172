using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>A unit (单位): a department, town or committee, with the segments the information centre assigned it.</summary>
public sealed record Unit(Located<string> Id, string? Title, ImmutableArray<Segment> Segments, string File);

/// <summary>One VLAN and subnet of a unit in one zone, named <c>UNIT@ZONE</c>.</summary>
public sealed record Segment(
    string Unit,
    Located<string> Zone,
    Located<int> Vlan,
    Located<Ipv4Prefix> Subnet,
    Located<Ipv4Address> Gateway,
    SourceSpan Span)
{
    public string Name => $"{Unit}@{Zone.Value}";
}
