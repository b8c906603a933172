using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>
/// Which routing table each VRF of a device uses. VRFs that share a route target (one exports what
/// another imports, or both name it) leak routes into each other; route policies on the targets are
/// not modelled, so such VRFs are taken as one table: more paths, never fewer.
/// </summary>
public sealed class VrfTables
{
    public const string Public = "";

    private readonly Dictionary<string, string> tableOf = new(StringComparer.Ordinal);
    private readonly RoutingFacts facts;

    public VrfTables(DeviceFacts device)
    {
        facts = device.Protocols;
        var parent = facts.Vrfs.Select(v => v.Name).Concat(facts.Bindings.Select(b => b.Vrf)).Concat(facts.VrfRoutes.Select(r => r.Vrf))
            .Concat(facts.Processes.Select(p => p.Vrf).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToDictionary(v => v, v => v, StringComparer.Ordinal);
        string Find(string vrf) => parent[vrf] == vrf ? vrf : parent[vrf] = Find(parent[vrf]);

        foreach (var exporter in facts.Vrfs)
        {
            foreach (var importer in facts.Vrfs.Where(i => i.Import.Intersect(exporter.Export, StringComparer.Ordinal).Any()))
            {
                var (a, b) = (Find(exporter.Name), Find(importer.Name));
                if (a != b)
                {
                    parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
                }
            }
        }

        foreach (var vrf in parent.Keys.ToList())
        {
            tableOf[vrf] = "vrf " + Find(vrf);
        }
    }

    /// <summary>The table of a VRF by name (the public table for null).</summary>
    public string Table(string? vrf) => vrf is null ? Public : tableOf.GetValueOrDefault(vrf, "vrf " + vrf);

    /// <summary>The table an interface routes by.</summary>
    public string TableOf(string interfaceName) => Table(facts.VrfOf(interfaceName));
}
