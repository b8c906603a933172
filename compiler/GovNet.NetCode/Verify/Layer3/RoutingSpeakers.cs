using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>One routing process on one device, with the interfaces it runs on and the prefixes it puts into its domain.</summary>
public sealed class RoutingSpeaker(string host, RoutingProtocol protocol, string process, string table, int line)
{
    public string Host => host;

    public RoutingProtocol Protocol => protocol;

    public string Process => process;

    /// <summary>The routing table (public or a VRF's) the process learns into.</summary>
    public string Table => table;

    public int Line => line;

    /// <summary>Interfaces the process runs on, whether each forms adjacencies, and the line that enables it.</summary>
    public List<(InterfaceFact Port, bool Silent, int Line)> Ports { get; } = [];

    /// <summary>Prefixes the process puts into its domain: its interfaces' subnets, networks, imports, a default route.</summary>
    public HashSet<Ipv4Prefix> Carried { get; } = [];

    public List<RoutingPeer> Peers { get; } = [];

    /// <summary>Other protocols whose routes this process imports: on one device, the two domains are one.</summary>
    public HashSet<RoutingProtocol> ImportsFrom { get; } = [];
}

/// <summary>Builds the speakers of one device from its facts.</summary>
internal static class RoutingSpeakers
{
    public static List<RoutingSpeaker> Of(string host, DeviceFacts facts, RouteTable table)
    {
        var routing = facts.Protocols;
        var up = facts.Interfaces.Where(i => !i.Shutdown && !i.Addresses.IsEmpty).ToList();
        var speakers = new Dictionary<(RoutingProtocol, string, string?), RoutingSpeaker>();
        var processes = routing.Processes.ToDictionary(p => (p.Protocol, p.Process, p.Vrf));
        foreach (var process in routing.Processes)
        {
            speakers[(process.Protocol, process.Process, process.Vrf)] = new RoutingSpeaker(host, process.Protocol, process.Process, table.Vrfs.Table(process.Vrf), process.Line);
        }

        // An interface enable for a process with no section of its own still runs it (over-approximated as the process of the interface's VRF).
        foreach (var enable in routing.Enables)
        {
            var vrf = routing.VrfOf(enable.Interface);
            var key = speakers.Keys.FirstOrDefault(k => k.Item1 == enable.Protocol && k.Item2 == enable.Process);
            if (key.Item2 is null)
            {
                key = (enable.Protocol, enable.Process, vrf);
                speakers[key] = new RoutingSpeaker(host, enable.Protocol, enable.Process, table.Vrfs.Table(vrf), enable.Line);
            }
        }

        foreach (var ((protocol, id, vrf), speaker) in speakers)
        {
            var fact = processes.GetValueOrDefault((protocol, id, vrf)) ?? new RoutingProcessFact(protocol, id, vrf, speaker.Line);
            var ports = up.Where(p => table.Vrfs.TableOf(p.Name) == speaker.Table).ToList();
            if (protocol != RoutingProtocol.Bgp)
            {
                foreach (var port in ports)
                {
                    var enable = routing.Enables.FirstOrDefault(e => e.Protocol == protocol && e.Process == id && SameName(e.Interface, port.Name));
                    var byNetwork = port.Addresses.Any(a => fact.Networks.Any(n => n.Contains(a.Address)));
                    if (enable is null && !byNetwork)
                    {
                        continue;
                    }

                    var silent = enable?.Silent == true || fact.Silent.Any(s => SameName(s, port.Name)) ||
                        (fact.SilentAll && !fact.NotSilent.Any(s => SameName(s, port.Name)));
                    speaker.Ports.Add((port, silent, enable?.Line ?? fact.Line));
                    speaker.Carried.UnionWith(port.Addresses.Select(a => a.Subnet));
                }
            }
            else
            {
                speaker.Carried.UnionWith(fact.Networks);
            }

            speaker.Peers.AddRange(fact.Peers);
            if (fact.DefaultOriginate)
            {
                speaker.Carried.Add(Ipv4Prefix.Any);
            }

            foreach (var import in fact.Imports)
            {
                switch (import.Kind)
                {
                    case ImportKind.Static:
                        speaker.Carried.UnionWith(table.RoutesIn(speaker.Table).Where(r => r.Static is not null).Select(r => r.Prefix));
                        break;
                    case ImportKind.Connected:
                        speaker.Carried.UnionWith(ports.SelectMany(p => p.Addresses).Select(a => a.Subnet));
                        break;
                    default:
                        speaker.ImportsFrom.Add(import.From!.Value);
                        break;
                }
            }
        }

        return [.. speakers.Values];
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
