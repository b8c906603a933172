using GovNet.NetCode.Tests.Support;

namespace GovNet.NetCode.Tests.Vlans;

/// <summary>
/// The mini network with two more county offices, water and forest, whose segments in zone dedicated
/// both use VLAN 300, each behind its own distribution switch (EXT-DIST-02, EXT-DIST-03: gateway,
/// access ports, a <c>vlans: auto</c> trunk and a routed /30 to the core). The trunks to the core carry
/// only the management VLAN, so the two VLAN 300s are two broadcast domains.
/// </summary>
internal static class VlanReuseRepo
{
    public const string Water = "policy/units/water.yaml";
    public const string Forest = "policy/units/forest.yaml";
    public const string WaterDistribution = "inventory/devices/EXT-DIST-02.yaml";
    public const string ForestDistribution = "inventory/devices/EXT-DIST-03.yaml";

    /// <summary>Line 3, column 30 of either unit file: the VLAN of its one segment.</summary>
    public const int VlanLine = 3;
    public const int VlanColumn = 30;

    public static MiniRepo Create() => new MiniRepo()
        .Replace("inventory/devices/EXT-CORE-01.yaml", "gateway-for: all\n", "gateway-for: [center@public, finance@public, center@dedicated]\n")
        .Replace("inventory/devices/EXT-CORE-01.yaml", "mode: routed, address: 10.60.0.2/30 }\n",
            "mode: routed, address: 10.60.0.2/30 }\n" +
            "  - { name: GigabitEthernet0/0/4, link: \"EXT-DIST-02:GigabitEthernet0/0/24\", mode: trunk, vlans: auto }\n" +
            "  - { name: GigabitEthernet0/0/5, link: \"EXT-DIST-03:GigabitEthernet0/0/24\", mode: trunk, vlans: auto }\n" +
            "  - { name: GigabitEthernet0/0/6, link: \"EXT-DIST-02:GigabitEthernet0/0/23\", mode: routed, address: 10.61.254.1/30 }\n" +
            "  - { name: GigabitEthernet0/0/7, link: \"EXT-DIST-03:GigabitEthernet0/0/23\", mode: routed, address: 10.61.254.5/30 }\n")
        .With(Water, "id: water\nsegments:\n  - { zone: dedicated, vlan: 300, subnet: 10.62.3.0/24 }\n")
        .With(Forest, "id: forest\nsegments:\n  - { zone: dedicated, vlan: 300, subnet: 10.62.4.0/24 }\n")
        .With(WaterDistribution, Distribution("EXT-DIST-02", "10.61.0.21", "water@dedicated", "10.61.254.2/30", 4))
        .With(ForestDistribution, Distribution("EXT-DIST-03", "10.61.0.22", "forest@dedicated", "10.61.254.6/30", 5));

    /// <summary>A trunk between the two distribution switches that lists VLAN 300 at both ends: one broadcast domain.</summary>
    public static MiniRepo Joined() => Create()
        .Replace(WaterDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/9, link: \"EXT-DIST-03:GigabitEthernet0/0/9\", mode: trunk, vlans: [300] }\n")
        .Replace(ForestDistribution, "interfaces:\n", "interfaces:\n  - { name: GigabitEthernet0/0/9, link: \"EXT-DIST-02:GigabitEthernet0/0/9\", mode: trunk, vlans: [300] }\n");

    private static string Distribution(string hostname, string management, string segment, string uplink, int trunkPort) => $$"""
        hostname: {{hostname}}
        vendor: huawei-vrp
        plane: external
        role: distribution
        management: {{management}}
        gateway-for: [{{segment}}]
        interfaces:
          - { name: GigabitEthernet0/0/24, link: "EXT-CORE-01:GigabitEthernet0/0/{{trunkPort}}", mode: trunk, vlans: auto }
          - { name: GigabitEthernet0/0/23, link: "EXT-CORE-01:GigabitEthernet0/0/{{trunkPort + 2}}", mode: routed, address: {{uplink}} }
          - { name: GigabitEthernet0/0/1-4, mode: access, segment: {{segment}} }

        """;
}
