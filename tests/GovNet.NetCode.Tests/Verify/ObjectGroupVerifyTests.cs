using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// IOS ACL entries over object groups in the verdict: the verifier sees exactly the addresses and
/// ports the groups hold. The mini network gets a routed cable from the internal core (IOS) to the
/// external core and a route over it to finance@public; the internal finance segment's ACL then
/// decides, by an entry over object groups, whether its packets cross into the external plane.
/// </summary>
public sealed class ObjectGroupVerifyTests
{
    private const string Groups = """
        object-group network OFFICE
         172.17.10.0 255.255.255.128
         group-object OFFICE-MORE
        object-group network OFFICE-MORE
         range 172.17.10.128 172.17.10.255
        object-group network TARGETS
         host 172.17.1.10
         group-object MORE-TARGETS
        object-group service WEB
         tcp eq 443
         tcp range 8080 8090

        """;

    /// <summary>The verdict, and the internal core's config lines as verified.</summary>
    private static (VerifyResult Result, string[] InternalCore) Verify(string moreTargets)
    {
        using var repo = new MiniRepo();
        var (_, folder) = VerifyHarness.Compiled(repo.Write());
        repo.Replace("inventory/devices/EXT-CORE-01.yaml", "  - { name: GigabitEthernet0/0/10-11,",
                "  - { name: GigabitEthernet0/0/5, link: \"INT-CORE-01:GigabitEthernet1/0/6\", mode: routed, address: 192.168.99.1/30 }\n  - { name: GigabitEthernet0/0/10-11,")
            .Replace("inventory/devices/INT-CORE-01.yaml", "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }",
                "  - { name: GigabitEthernet1/0/5, mode: access, segment: center@office }\n  - { name: GigabitEthernet1/0/6, link: \"EXT-CORE-01:GigabitEthernet0/0/5\", mode: routed, address: 192.168.99.2/30 }");
        var context = new ModelIndex(PolicyLoader.Load(repo.Write(), new DiagnosticBag())!, MiniRepo.Today);
        VerifyHarness.Edit(folder, "EXT-CORE-01", t => VerifyHarness.Replace(t, "\nreturn", "\ninterface GigabitEthernet0/0/5\n undo portswitch\n ip address 192.168.99.1 255.255.255.252\n#\nreturn"));
        VerifyHarness.Edit(folder, "INT-CORE-01", t => VerifyHarness.Replace(VerifyHarness.Replace(t,
            "\nend", "\ninterface GigabitEthernet1/0/6\n no switchport\n ip address 192.168.99.2 255.255.255.252\n!\nip route 10.61.110.0 255.255.255.0 192.168.99.1\n!\nend"),
            "ip access-list extended SEG-FINANCE-OFFICE-IN\n",
            Groups.ReplaceLineEndings("\n") + "object-group network MORE-TARGETS\n" + moreTargets +
            "ip access-list extended SEG-FINANCE-OFFICE-IN\n 5 permit object-group WEB object-group OFFICE object-group TARGETS\n"));
        return (Verifier.Run(context, folder, "configs"), File.ReadAllLines(Path.Combine(folder, "INT-CORE-01.cfg")));
    }

    [Fact]
    public void An_entry_over_object_groups_that_names_an_address_of_the_other_plane_lets_packets_cross()
    {
        // The nested group takes in finance@public's subnet by a range, on the service group's second port range.
        var (result, config) = Verify(" range 10.61.110.16 10.61.110.31\n");

        // The cable alone lets other packets cross too; this one is the finance segment's, at the entry over object groups.
        var crossing = Assert.Single(result.Findings, f => f.Packet is not null && f.Message.StartsWith("physical isolation: finance@office", StringComparison.Ordinal));
        Assert.Equal(Codes.PacketsCrossPlanes, crossing.Code);
        Assert.StartsWith("physical isolation: finance@office reaches 1 endpoint(s) in zone public (finance@public)", crossing.Message, StringComparison.Ordinal);
        Assert.StartsWith("tcp ", crossing.Packet, StringComparison.Ordinal);
        Assert.Contains("→ 10.61.110.", crossing.Packet, StringComparison.Ordinal);
        Assert.Equal(" 5 permit object-group WEB object-group OFFICE object-group TARGETS", config[crossing.At.Line - 1]);
    }

    [Fact]
    public void An_entry_over_object_groups_that_names_only_its_own_plane_lets_nothing_cross()
    {
        var (result, _) = Verify(" host 172.17.1.11\n");

        // The cable still lets management packets cross; the finance segment's entry over object groups lets none of its own.
        Assert.DoesNotContain(result.Findings, f => f.Message.StartsWith("physical isolation: finance@office", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Code is Codes.LineNotUnderstood or Codes.ForwardingNotProven);
    }
}
