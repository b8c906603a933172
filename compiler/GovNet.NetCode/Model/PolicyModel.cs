using System.Collections.Immutable;

namespace GovNet.NetCode.Model;

/// <summary>The whole intent: policy and inventory, as loaded from one repository.</summary>
public sealed record PolicyModel(
    NetworkDefinition Network,
    ImmutableArray<Unit> Units,
    ImmutableArray<Service> Services,
    ImmutableArray<Flow> Flows,
    ImmutableArray<Device> Devices,
    ImmutableArray<Host> Hosts)
{
    public IEnumerable<Segment> Segments => Units.SelectMany(u => u.Segments);
}
