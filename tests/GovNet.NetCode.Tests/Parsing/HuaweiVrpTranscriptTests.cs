using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Model;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// Device output pasted into a VRP config (a prompt with <c>display</c>, <c>ping</c> and what the
/// device printed) is not configuration: it is neither a config line nor an unparsed one. It ends at
/// the first line that could be configuration, so it never hides one.
/// </summary>
public sealed class HuaweiVrpTranscriptTests
{
    private const string Config = """
        sysname R1
        #
        interface GigabitEthernet0/0/1
         undo portswitch
         ip address 10.0.12.1 255.255.255.252
        #
        """;

    private const string Output = """
        [R1]display bgp peer

         BGP local router ID : 1.1.1.1
         Local AS number : 100
         Peer            V          AS  MsgRcvd  MsgSent  OutQ  Up/Down       State PrefRcv
         1.1.1.3         4         100       11        6     0 00:02:29 Established       6
        <R1>ping -a 1.1.1.1 1.1.1.3
          PING 1.1.1.3: 56  data bytes, press CTRL_C to break
            Reply from 1.1.1.3: bytes=56 Sequence=1 ttl=255 time=50 ms
            Request time out
          --- 1.1.1.3 ping statistics ---
            1 packet(s) transmitted
        """;

    [Fact]
    public void Output_after_a_prompt_is_not_configuration_and_leaves_the_count()
    {
        var plain = HuaweiVrpConfigParser.Parse(Config + "\nreturn\n", "r.cfg");
        var pasted = HuaweiVrpConfigParser.Parse(Config + "\n" + Output + "\nreturn\n", "r.cfg");

        Assert.Empty(pasted.Unparsed);
        Assert.Equal(plain.ConfigLines, pasted.ConfigLines);
        Assert.True(pasted.Complete);
    }

    [Fact]
    public void A_config_line_after_the_output_is_still_read()
    {
        var facts = HuaweiVrpConfigParser.Parse(Config + "\n" + Output + "\nip route-static 8.8.8.0 255.255.255.0 10.0.12.2\ninterface GigabitEthernet0/0/2\n shutdown\n#\nreturn\n", "r.cfg");

        Assert.Empty(facts.Unparsed);
        Assert.Equal([(Ipv4Prefix.Parse("8.8.8.0/24"), (Ipv4Address?)Ipv4Address.Parse("10.0.12.2"))], facts.Routes.Select(r => (r.Prefix, r.NextHop)));
        Assert.True(facts.Interfaces.Single(i => i.Name == "GigabitEthernet0/0/2").Shutdown);
    }

    [Fact]
    public void An_unknown_forwarding_line_ends_the_output_and_is_reported()
    {
        var facts = HuaweiVrpConfigParser.Parse(Config + "\n" + Output + "\nvxlan tunnel 5 source 1.1.1.1\n#\nreturn\n", "r.cfg");

        Assert.Single(facts.Unparsed, u => u.Text == "vxlan tunnel 5 source 1.1.1.1" && u.AffectsForwarding);
    }

    [Fact]
    public void A_configuration_command_typed_at_a_prompt_is_reported_not_skipped()
    {
        var facts = HuaweiVrpConfigParser.Parse(Config + "\n[R1]ip route-static 8.8.8.0 24 10.0.12.2\n#\nreturn\n", "r.cfg");

        var typed = Assert.Single(facts.Unparsed);
        Assert.Equal(("[R1]ip route-static 8.8.8.0 24 10.0.12.2", true), (typed.Text, typed.AffectsForwarding));
    }
}
