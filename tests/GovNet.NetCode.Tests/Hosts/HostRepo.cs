using GovNet.NetCode.Tests.Support;

namespace GovNet.NetCode.Tests.Hosts;

/// <summary><see cref="MiniRepo"/> with a host registry: hosts on an H3C access switch, a Huawei core's access port and a Cisco core's access port.</summary>
internal static class HostRepo
{
    public const string File = "policy/hosts/finance.yaml";

    /// <summary>Line 2 is the first host; MACs in all three accepted spellings.</summary>
    public const string Registry = """
        hosts:
          - { ip: 10.61.110.21, mac: 00e0-fc12-3401, unit: finance, zone: public, port: "EXT-ACC-01:GigabitEthernet1/0/1", owner: 张伟, purpose: 预算科办公电脑 }
          - { ip: 10.61.110.22, mac: "00:e0:fc:12:34:02", unit: finance, zone: public, port: "EXT-ACC-01:GigabitEthernet1/0/1", owner: 李娜, purpose: 网络打印机 }
          - { ip: 172.17.10.21, mac: 3c97.0e11.2233, unit: finance, zone: office, port: "INT-CORE-01:GigabitEthernet1/0/2", owner: 王建国 }
          - { ip: 10.61.1.30, mac: 70f9-6d00-0001, unit: center, zone: public, port: "EXT-CORE-01:GigabitEthernet0/0/10", owner: 赵磊, purpose: 机房运维终端 }

        """;

    public static MiniRepo Create() => new MiniRepo().With(File, Registry);
}
