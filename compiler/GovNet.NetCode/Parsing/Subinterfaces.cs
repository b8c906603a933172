using System.Collections.Immutable;

namespace GovNet.NetCode.Parsing;

/// <summary>
/// Ties dot1q sub-interfaces to their parent port, the same for every dialect: a sub-interface
/// <c>PARENT.N</c> that terminates VLAN V (its <see cref="InterfaceFact.SviVlan"/>) makes the parent
/// carry V tagged on its link, so the sub-interface sits in the broadcast domain of that VLAN across the cable.
/// </summary>
public static class Subinterfaces
{
    public static ImmutableArray<InterfaceFact> Attach(IEnumerable<InterfaceFact> interfaces)
    {
        var all = interfaces.ToImmutableArray();
        var terminated = new Dictionary<string, SortedSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in all)
        {
            var dot = port.Name.LastIndexOf('.');
            if (dot > 0 && port.SviVlan is { } vlan && !port.Shutdown)
            {
                var parent = port.Name[..dot];
                if (!terminated.TryGetValue(parent, out var vlans))
                {
                    terminated[parent] = vlans = [];
                }

                vlans.Add(vlan);
            }
        }

        return terminated.Count == 0
            ? all
            : [.. all.Select(p => terminated.TryGetValue(p.Name, out var vlans) ? p with { SubinterfaceVlans = [.. vlans] } : p)];
    }
}
