namespace GovNet.NetCode.Tests.Support;

/// <summary>The mini repository with a portal in the internet-access zone published at a public address, and a NAT pool on the egress.</summary>
public static class NatRepo
{
    public const string Services = "policy/services.yaml";
    public const string Flows = "policy/flows.yaml";
    public const string Egress = "inventory/devices/EXT-EGRESS-01.yaml";

    public static MiniRepo Create() => new MiniRepo()
        .Replace("policy/units/center.yaml", "  - { zone: office, vlan: 501, subnet: 172.17.1.0/24 }\n",
            "  - { zone: office, vlan: 501, subnet: 172.17.1.0/24 }\n  - { zone: internet-access, vlan: 250, subnet: 10.61.250.0/24 }\n")
        .Replace(Services, "  int-oa: { zone: office, address: 172.17.1.10, ports: [tcp/443] }\n",
            "  int-oa: { zone: office, address: 172.17.1.10, ports: [tcp/443] }\n  portal: { zone: internet-access, address: 10.61.250.80, ports: [tcp/80, tcp/443], public: 203.0.113.80 }\n")
        .Replace(Flows, "  - permit tcp/443 from zone:office to service:int-oa\n",
            "  - permit tcp/443 from zone:office to service:int-oa\n  - id: portal-internet\n    rule: permit tcp/80,443 from internet to service:portal\n    approval: 佳政办函〔2025〕21号\n")
        .Replace(Egress, "interfaces:\n", "nat-pool: { from: 203.0.113.10, to: 203.0.113.14 }\ninterfaces:\n");

    /// <summary>The 1-based line and column where <paramref name="needle"/> starts in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Position(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{needle}' is not in the text");
        }

        var line = text[..at].Count(c => c == '\n') + 1;
        return (line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1);
    }
}
