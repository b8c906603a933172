using System.Globalization;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>
/// Writes policy/hosts/registry.yaml: a few registered terminals, one on the first access port of
/// each segment of the first access switches, so generated networks compile host bindings too.
/// </summary>
internal static class HostsFile
{
    public const string Path = "policy/hosts/registry.yaml";

    /// <summary>Enough to put bindings on several switches of each vendor without growing large networks' configs much.</summary>
    private const int MaxHosts = 24;

    /// <summary>The host part of each host's address: above the services and below a gateway at the end of a /24.</summary>
    private const uint HostNumber = 201;

    private static readonly string[] Owners = ["王建国", "李海燕", "张志强", "刘丽娟", "陈晓东", "杨红梅", "赵国栋", "黄春花"];

    public static string? Write(IReadOnlyList<GeneratedDevice> devices, IReadOnlyList<GeneratedUnit> units)
    {
        var segments = units.SelectMany(u => u.Segments).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var lines = new List<string>();
        var registered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var device in devices.Where(d => d.Role == DeviceRole.Access))
        {
            foreach (var port in device.Ports.Where(p => p.Mode == InterfaceMode.Access && p.Segment is not null))
            {
                var segment = segments[port.Segment!];
                var address = new Ipv4Address(segment.Subnet.Network.Value + HostNumber);
                // One host per segment: a segment spread over several switches would otherwise register its address twice.
                if (lines.Count == MaxHosts || !segment.Subnet.Contains(address) || address == segment.Gateway || address == segment.Subnet.Broadcast ||
                    !registered.Add(segment.Name))
                {
                    continue;
                }

                var mac = (0x00e0fc000000UL + (ulong)lines.Count + 1).ToString("x12", CultureInfo.InvariantCulture);
                lines.Add("  - " + YamlWriter.Map(
                    ("ip", address.ToString()),
                    ("mac", $"{mac[..4]}-{mac[4..8]}-{mac[8..]}"),
                    ("unit", segment.Unit),
                    ("zone", segment.Zone),
                    ("port", YamlWriter.Quoted($"{device.Hostname}:{FirstPort(port.Name)}")),
                    ("owner", Owners[lines.Count % Owners.Length]),
                    ("purpose", "办公终端")));
            }
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var yaml = new YamlWriter().Line("# 登记的终端：IP、MAC、接入端口与负责人。").Line("hosts:");
        foreach (var line in lines)
        {
            yaml.Line(line);
        }

        return yaml.ToString();
    }

    /// <summary>The files without the hosts registered in <paramref name="segment"/> (and without the registry when none is left).</summary>
    public static RepositoryFiles Unregister(RepositoryFiles files, string segment)
    {
        if (!files.TryGetValue(Path, out var text))
        {
            return files;
        }

        var at = segment.IndexOf('@', StringComparison.Ordinal);
        var marker = $"unit: {segment[..at]}, zone: {segment[(at + 1)..]},";
        var kept = text.Split('\n').Where(line => !line.Contains(marker, StringComparison.Ordinal)).ToList();
        return kept.Any(line => line.StartsWith("  - ", StringComparison.Ordinal)) ? files.With(Path, string.Join('\n', kept)) : files.Without(Path);
    }

    /// <summary>The first port of a range <c>GigabitEthernet0/0/1-16</c>, or the port itself.</summary>
    private static string FirstPort(string name)
    {
        var dash = name.LastIndexOf('-');
        return dash > 0 && name[(dash + 1)..].All(char.IsAsciiDigit) ? name[..dash] : name;
    }
}
