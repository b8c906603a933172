using System.Collections.Immutable;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing;

public enum UnitKind
{
    /// <summary>The information centre (信息化中心): segments in every zone, hosts the shared services.</summary>
    Centre,

    /// <summary>A county department (县直部门).</summary>
    Department,

    /// <summary>A town government (镇人民政府): fewer segments, rarely on the internal plane.</summary>
    Town,
}

/// <summary>A unit as generated, with its segments in file order.</summary>
public sealed record GeneratedUnit(string Id, string Title, UnitKind Kind, ImmutableArray<GeneratedSegment> Segments)
{
    public string File => $"policy/units/{Id}.yaml";
}

/// <summary>One segment; <see cref="GatewayExplicit"/> tells whether the file spells the gateway out or leaves the first host.</summary>
public sealed record GeneratedSegment(string Unit, string Zone, string Plane, int Vlan, Ipv4Prefix Subnet, Ipv4Address Gateway, bool GatewayExplicit)
{
    public string Name => $"{Unit}@{Zone}";
}
