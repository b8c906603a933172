using System.Collections.Immutable;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// Declares the flows a county information centre would: every zone reaches its own shared services
/// (short form, no approval needed), the external plane reaches the internet and the province's
/// network with approvals, the centre publishes to the portal, and a few units have approved
/// cross-zone or temporary internet access. Expiry dates lie far in the future, so a valid network
/// never warns.
/// </summary>
internal static class FlowPlanner
{
    public const string CityApproval = "榆政办发〔2024〕58号";
    public const string PortalApproval = "榆政办函〔2025〕21号";
    public const string ProvinceApproval = "陕政数函〔2025〕12号";

    public static readonly DateOnly FarExpiry = new(2035, 12, 31);

    public static ImmutableArray<GeneratedFlow> Plan(
        NetworkSpec spec, IReadOnlyList<GeneratedPlane> planes, IReadOnlyList<GeneratedZone> zones, IReadOnlyList<GeneratedUnit> units, IReadOnlyList<GeneratedService> services)
    {
        var random = SeededRandom.For(spec.Seed, 3);
        var flows = new List<GeneratedFlow>();

        // Each ordinary zone reaches the services inside it.
        foreach (var service in services.Where(s => !zones.Single(z => z.Name == s.Zone).InternetAccess))
        {
            foreach (var protocol in service.Ports.GroupBy(p => p.Split('/')[0]))
            {
                var ports = string.Join(',', protocol.Select(p => p.Split('/')[1]));
                flows.Add(new GeneratedFlow($"permit {protocol.Key}/{ports} from zone:{service.Zone} to service:{service.Name}"));
            }
        }

        // Lateral file sharing stays blocked inside the busiest zone even where the zone permits intra traffic.
        var firstExternal = zones.First(z => z is { Plane: GeneratedPlane.External, InternetAccess: false }).Name;
        flows.Add(new GeneratedFlow($"deny tcp/135,139,445 from zone:{firstExternal} to zone:{firstExternal}"));

        var centre = units.Single(u => u.Kind == UnitKind.Centre);
        var has = services.ToDictionary(s => s.Name, StringComparer.Ordinal);
        flows.Add(new($"permit tcp/80,443 from zone:{firstExternal} to internet", $"{firstExternal}-internet", CityApproval, Title: "各单位经政务外网出口访问互联网"));
        if (has.ContainsKey("dns"))
        {
            flows.Add(new("permit udp/53 from service:dns to internet", "dns-recursion-udp", CityApproval, Title: "政务外网 DNS 向互联网递归解析"));
            flows.Add(new("permit tcp/53 from service:dns to internet", "dns-recursion-tcp", CityApproval, Title: "政务外网 DNS 向互联网递归解析（TCP）"));
        }

        flows.Add(new("permit tcp/80,443 from internet to service:portal", "portal-internet", PortalApproval, Title: "互联网访问门户网站"));
        flows.Add(new($"permit tcp/443 from unit:{centre.Id}@{firstExternal} to service:portal", "portal-publish", PortalApproval, Title: "信息化中心向门户网站发布信息"));

        foreach (var upstream in planes.SelectMany(p => p.Upstreams))
        {
            foreach (var zone in zones.Where(z => z is { Plane: GeneratedPlane.External, InternetAccess: false }))
            {
                flows.Add(new($"permit tcp/443 from zone:{zone.Name} to upstream:{upstream.Name}", $"{zone.Name}-{upstream.Name}", ProvinceApproval, Title: $"{zone.Title}访问{upstream.Title}"));
            }

            if (has.ContainsKey("doc-exchange"))
            {
                flows.Add(new($"permit tcp/443 from upstream:{upstream.Name} to service:doc-exchange", $"{upstream.Name}-doc-exchange", ProvinceApproval, Title: "上级公文交换系统向本级节点推送公文"));
            }
        }

        // A few units reach a service of another zone, or the internet on other ports for a while, each with its own approval.
        foreach (var unit in units.Where(u => u.Kind != UnitKind.Centre))
        {
            var inFirst = unit.Segments.Any(s => s.Zone == firstExternal);
            if (inFirst && has.ContainsKey("doc-exchange") && random.Chance(0.05))
            {
                flows.Add(new($"permit tcp/443 from unit:{unit.Id}@{firstExternal} to service:doc-exchange", $"{unit.Id}-doc-exchange", CityApproval, Title: $"{unit.Title}经公用网络区收发公文"));
            }

            if (inFirst && random.Chance(0.03))
            {
                flows.Add(new($"permit tcp/8080,8443 from unit:{unit.Id}@{firstExternal} to internet", $"{unit.Id}-internet", CityApproval, FarExpiry, $"{unit.Title}对接上级业务平台（临时开放）"));
            }
        }

        // On the internal plane every other zone reaches the office zone's OA with approval.
        var internalZones = zones.Where(z => z.Plane == GeneratedPlane.Internal).ToList();
        if (internalZones.Count > 1 && has.ContainsKey("int-oa"))
        {
            foreach (var zone in internalZones.Skip(1))
            {
                flows.Add(new($"permit tcp/443 from zone:{zone.Name} to service:int-oa", $"{zone.Name}-int-oa", CityApproval, Title: $"{zone.Title}访问内网协同办公系统"));
            }
        }

        return [.. flows];
    }
}
