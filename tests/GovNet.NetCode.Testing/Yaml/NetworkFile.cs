using GovNet.NetCode.Load;
using GovNet.NetCode.Testing.Generation;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>Writes policy/network.yaml.</summary>
internal static class NetworkFile
{
    public const string Path = PolicyFiles.Network;

    public static string Write(string network, string title, IEnumerable<GeneratedPlane> planes, IEnumerable<GeneratedZone> zones)
    {
        var yaml = new YamlWriter()
            .Line("# 政务外网与政务内网物理隔离，互不共用设备、线路、VLAN 与管理服务器。")
            .Line($"network: {network}")
            .Line($"title: {title}")
            .Line("planes:");
        foreach (var plane in planes)
        {
            yaml.Line($"  {plane.Name}:")
                .Line($"    title: {plane.Title}")
                .Line($"    internet: {(plane.ViaEgress ? "via-egress" : "none")}");
            if (!plane.Upstreams.IsEmpty)
            {
                yaml.Line("    upstream:");
                foreach (var upstream in plane.Upstreams)
                {
                    yaml.Line($"      {upstream.Name}: {YamlWriter.Map(("title", upstream.Title), ("prefixes", YamlWriter.List([upstream.Prefix.ToString()])))}");
                }
            }

            yaml.Line("    management:")
                .Line($"      subnet: {plane.ManagementSubnet}")
                .Line($"      vlan: {plane.ManagementVlan}")
                // The core, drafted first, holds the gateway: devices route their own traffic to it.
                .Line($"      gateway: {PlaneAddressing.Of(plane).DeviceAddress(0)}");
            foreach (var kind in plane.Servers.GroupBy(s => s.Kind))
            {
                yaml.Line($"      {kind.Key}: {YamlWriter.List(kind.Select(s => s.Address.ToString()))}");
            }
        }

        yaml.Line("zones:");
        foreach (var zone in zones)
        {
            yaml.Line($"  {zone.Name}: {YamlWriter.Map(("plane", zone.Plane), ("title", zone.Title), ("role", zone.InternetAccess ? "internet-access" : null), ("intra", zone.InternetAccess ? null : zone.IntraPermit ? "permit" : "deny"))}");
        }

        return yaml.ToString();
    }
}
