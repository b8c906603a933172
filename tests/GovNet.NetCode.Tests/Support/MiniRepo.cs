using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// A small, valid policy repository as text, written to a temporary folder on demand. Tests change
/// one file (or one line) to make exactly one mistake and assert the diagnostic's code and position.
/// </summary>
public sealed class MiniRepo : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public MiniRepo()
    {
        foreach (var (path, text) in DefaultFiles)
        {
            files[path] = System.Text.Encoding.UTF8.GetBytes(text);
        }

        Root = Path.Combine(Path.GetTempPath(), "netcode-test-" + Guid.NewGuid().ToString("N"));
    }

    public string Root { get; }

    public MiniRepo With(string path, string text)
    {
        files[path] = System.Text.Encoding.UTF8.GetBytes(text);
        return this;
    }

    public MiniRepo WithBytes(string path, byte[] bytes)
    {
        files[path] = bytes;
        return this;
    }

    public MiniRepo Without(string path)
    {
        files.Remove(path);
        return this;
    }

    /// <summary>Replaces text that must occur exactly once in the file, so a typo in a test fails loudly.</summary>
    public MiniRepo Replace(string path, string oldText, string newText)
    {
        var text = Text(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {path}");
        }

        return With(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(files[path]);

    /// <summary>Writes the files into <see cref="Root"/> (afresh) and returns it.</summary>
    public string Write()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Directory.CreateDirectory(Path.Combine(Root, "policy"));
        Directory.CreateDirectory(Path.Combine(Root, "inventory"));
        return Root;
    }

    public ValidationResult Validate() => PolicyValidator.Run(Write(), Today);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static readonly IReadOnlyDictionary<string, string> DefaultFiles = new Dictionary<string, string>
    {
        ["policy/network.yaml"] = """
            network: test-net
            title: 测试网络
            planes:
              external:
                title: 政务外网
                internet: via-egress
                upstream:
                  city: { prefixes: [10.60.0.0/16] }
                management: { subnet: 10.61.0.0/24, vlan: 100, ntp: [10.61.0.123], syslog: [10.61.0.14] }
              internal:
                title: 政务内网
                internet: none
                management: { subnet: 172.16.0.0/24, vlan: 500, ntp: [172.16.0.123] }
            zones:
              internet-access: { plane: external, role: internet-access }
              public: { plane: external }
              dedicated: { plane: external }
              office: { plane: internal }

            """,
        ["policy/units/finance.yaml"] = """
            id: finance
            title: 财政局
            segments:
              - { zone: public, vlan: 110, subnet: 10.61.110.0/24 }
              - { zone: office, vlan: 510, subnet: 172.17.10.0/24 }

            """,
        ["policy/units/center.yaml"] = """
            id: center
            segments:
              - { zone: public, vlan: 101, subnet: 10.61.1.0/24 }
              - { zone: dedicated, vlan: 201, subnet: 10.62.1.0/24 }
              - { zone: office, vlan: 501, subnet: 172.17.1.0/24 }

            """,
        ["policy/services.yaml"] = """
            services:
              oa: { zone: public, address: 10.61.1.10, ports: [tcp/443] }
              exchange: { zone: dedicated, address: 10.62.1.20, ports: [tcp/443] }
              int-oa: { zone: office, address: 172.17.1.10, ports: [tcp/443] }

            """,
        ["policy/flows.yaml"] = """
            flows:
              - permit tcp/443 from zone:public to service:oa
              - permit tcp/443 from zone:office to service:int-oa
              - id: finance-web
                rule: permit tcp/80,443 from unit:finance@public to internet
                approval: 佳政办发〔2024〕58号
                expires: 2099-12-31

            """,
        ["inventory/devices/EXT-CORE-01.yaml"] = """
            hostname: EXT-CORE-01
            vendor: huawei-vrp
            plane: external
            role: core
            management: 10.61.0.1
            gateway-for: all
            interfaces:
              - { name: GigabitEthernet0/0/1, link: "EXT-ACC-01:GigabitEthernet1/0/24", mode: trunk, vlans: auto }
              - { name: GigabitEthernet0/0/2, link: "EXT-EGRESS-01:GigabitEthernet0/0/1", mode: routed, address: 10.61.255.1/30 }
              - { name: GigabitEthernet0/0/3, link: "upstream:city", mode: routed, address: 10.60.0.2/30 }
              - { name: GigabitEthernet0/0/10-11, mode: access, segment: center@public }

            """,
        ["inventory/devices/EXT-ACC-01.yaml"] = """
            hostname: EXT-ACC-01
            vendor: h3c-comware
            plane: external
            role: access
            management: 10.61.0.11
            interfaces:
              - { name: GigabitEthernet1/0/24, link: "EXT-CORE-01:GigabitEthernet0/0/1", mode: trunk, vlans: auto }
              - { name: GigabitEthernet1/0/1-8, mode: access, segment: finance@public }
              - { name: GigabitEthernet1/0/9, mode: access, segment: center@dedicated }

            """,
        ["inventory/devices/EXT-EGRESS-01.yaml"] = """
            hostname: EXT-EGRESS-01
            vendor: huawei-vrp
            plane: external
            role: egress
            management: 10.61.0.2
            interfaces:
              - { name: GigabitEthernet0/0/1, link: "EXT-CORE-01:GigabitEthernet0/0/2", mode: routed, address: 10.61.255.2/30 }
              - { name: GigabitEthernet0/0/0, link: internet, mode: routed, address: 203.0.113.2/30 }

            """,
        ["inventory/devices/INT-CORE-01.yaml"] = """
            hostname: INT-CORE-01
            vendor: cisco-ios
            plane: internal
            role: core
            management: 172.16.0.1
            gateway-for: all
            interfaces:
              - { name: GigabitEthernet1/0/1-4, mode: access, segment: finance@office }
              - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }

            """,
    };
}
