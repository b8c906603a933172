using System.Text;
using GovNet.NetCode.Tests.Support;
using Xunit;
using static GovNet.NetCode.Tests.Validation.HostileInputRepo;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// Values written to break validation (vast port ranges, endless titles and identifiers, control
/// characters, unsafe hostnames, thousands of overlapping subnets or flows): every case must end in a
/// diagnostic with a code and a position, never an exception, a hang or a message of unbounded length
/// (<see cref="HangGuard"/> fails a run not finished within 10 s).
/// </summary>
public sealed class HostileInputValueTests
{
    [Fact]
    public async Task A_port_range_past_any_integer_is_NC4103()
    {
        using var repo = new MiniRepo().Replace(Flows, "tcp/80,443", "tcp/1-99999999999999999999999999999999");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC4103", Flows, 5, 22);
        Assert.Contains("is not a port (1-65535)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_range_that_runs_backwards_is_NC4103()
    {
        using var repo = new MiniRepo().Replace(Flows, "tcp/80,443", "tcp/80,65535-1");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC4103", Flows, 5, 25);
        Assert.Contains("write 1-65535", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_range_of_a_hundred_thousand_ports_on_a_device_is_NC2110()
    {
        using var repo = new MiniRepo().Replace(Core, "GigabitEthernet0/0/10-11", "GigabitEthernet0/0/10-100000");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2110", Core, 11, 13);
    }

    [Fact]
    public async Task A_device_file_of_fifteen_thousand_port_ranges_is_NC2110_past_4096_ports()
    {
        // Each range is legal (999 ports); together they would expand to 15 million ports.
        var device = new StringBuilder("hostname: EXT-BIG-01\nvendor: huawei-vrp\nplane: external\nrole: access\nmanagement: 10.61.0.250\ninterfaces:\n");
        while (device.Length < SourceTextCap - 100)
        {
            device.Append("  - { name: GigabitEthernet0/0/1-999, mode: access, segment: finance@public }\n");
        }

        using var repo = new MiniRepo().With("inventory/devices/EXT-BIG-01.yaml", device.ToString());
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2110", "inventory/devices/EXT-BIG-01.yaml", 11, 13);
        Assert.Contains("4,995 ports; at most 4,096", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_of_a_hundred_thousand_characters_is_NC2109_with_a_short_message()
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: " + new string('财', 100_000));
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2109", Finance, 2, 8);
        Assert.True(diagnostic.Message.Length < 200, diagnostic.Message);
    }

    [Fact]
    public async Task An_identifier_of_a_hundred_thousand_characters_is_NC2105_with_a_clipped_message()
    {
        using var repo = new MiniRepo().Replace(Finance, "id: finance", "id: " + new string('a', 100_000));
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2105", Finance, 1, 5);
        Assert.True(diagnostic.Message.Length < 300, diagnostic.Message);
    }

    [Theory]
    [InlineData("\"\\e[2J\\e[31mhacked\"", "U+001B")]
    [InlineData("\"财政\\x07局\"", "U+0007")]
    [InlineData("\"财政\\t局\"", "U+0009")]
    [InlineData("财政\u202E局", "U+202E")]
    public async Task Control_characters_in_a_title_are_NC2109(string title, string named)
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: " + title);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2109", Finance, 2, 8);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.Message, char.IsControl);
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("NUL")]
    [InlineData("COM1")]
    [InlineData("LPT9")]
    [InlineData("../etc")]
    [InlineData("\"../../etc/passwd\"")]
    [InlineData("EXT-CORE-01/..")]
    [InlineData("\"EXT CORE 01\"")]
    [InlineData("-EXT-CORE-01")]
    public async Task A_hostname_that_is_not_a_safe_file_name_is_NC2106(string hostname)
    {
        using var repo = new MiniRepo().Replace(Core, "hostname: EXT-CORE-01", "hostname: " + hostname);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2106", Core, 1, 11);
    }

    [Fact]
    public async Task A_hostname_of_64_characters_is_NC2106()
    {
        using var repo = new MiniRepo().Replace(Core, "hostname: EXT-CORE-01", "hostname: " + new string('A', 64));
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2106", Core, 1, 11);
    }

    [Fact]
    public async Task Three_thousand_copies_of_one_subnet_give_one_overlap_each()
    {
        // n copies overlap pairwise n²/2 times; reporting every pair ran out of memory at 5,000 copies.
        var unit = new StringBuilder("id: copies\nsegments:\n");
        for (var i = 0; i < 3000; i++)
        {
            unit.Append($"  - {{ zone: public, vlan: {1000 + i}, subnet: 10.200.0.0/16 }}\n");
        }

        using var repo = new MiniRepo().With("policy/units/copies.yaml", unit.ToString());
        var result = await HangGuard.ValidateAsync(repo);
        DiagnosticAssert.Reports(result, "NC3102", "policy/units/copies.yaml", 4, 41);
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3102"));
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3109"));
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3115"));
        Assert.Equal(2999 * 3, result.Diagnostics.Length);
    }

    [Fact]
    public async Task A_hundred_thousand_flows_finish()
    {
        var flows = new StringBuilder("flows:\n");
        for (var i = 0; flows.Length < SourceTextCap - 100; i++)
        {
            flows.Append("  - permit tcp/443 from zone:public to service:oa\n");
        }

        using var repo = new MiniRepo().With(Flows, flows.ToString());
        DiagnosticAssert.Clean(await HangGuard.ValidateAsync(repo));
    }
}
