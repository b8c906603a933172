using System.Globalization;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Hosts;

/// <summary>NC52xx: the host registry. One mistake each in <see cref="HostRepo"/>'s registry, reported where it was written.</summary>
public sealed class HostRegistryDiagnosticsTests
{
    private const string File = HostRepo.File;

    /// <summary>The registry with <paramref name="oldText"/> replaced in line 2 (the first host), and the column where the new text starts.</summary>
    private static (MiniRepo Repo, int Column) FirstHostWith(string oldText, string newText)
    {
        var lines = HostRepo.Registry.Split('\n');
        var at = lines[1].IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' is not in the first host");
        lines[1] = lines[1][..at] + newText + lines[1][(at + oldText.Length)..];
        return (new MiniRepo().With(File, string.Join('\n', lines)), at + 1);
    }

    [Fact]
    public void The_registry_as_written_is_valid()
    {
        using var repo = HostRepo.Create();
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void A_mac_that_is_not_one_is_NC5201()
    {
        var (repo, column) = FirstHostWith("00e0-fc12-3401", "00e0-fc12-34");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5201", File, 2, column);
        Assert.Contains("'00e0-fc12-34' is not a MAC address", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broadcast_mac_is_NC5201()
    {
        var (repo, column) = FirstHostWith("00e0-fc12-3401", "ffff-ffff-ffff");
        using var _ = repo;
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5201", File, 2, column);
    }

    [Fact]
    public void An_unknown_unit_is_NC5202_with_a_suggestion()
    {
        var (repo, column) = FirstHostWith("unit: finance", "unit: finanse");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5202", File, 2, column + "unit: ".Length);
        Assert.EndsWith("which no file in policy/units declares; did you mean 'finance'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_without_a_segment_of_the_unit_is_NC5203_with_a_suggestion()
    {
        var (repo, column) = FirstHostWith("zone: public", "zone: pubic");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5203", File, 2, column + "zone: ".Length);
        Assert.Equal("unit finance has no segment in zone 'pubic' (its zones: office, public); did you mean 'public'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("EXT-ACC-01:GigabitEthernet1/0/99", "EXT-ACC-01 declares no port 'GigabitEthernet1/0/99'")]
    [InlineData("EXT-ACC-10:GigabitEthernet1/0/1", "device 'EXT-ACC-10', which the inventory does not hold; did you mean 'EXT-ACC-01'?")]
    [InlineData("GigabitEthernet1/0/1", "must be DEVICE:INTERFACE")]
    public void A_port_the_inventory_does_not_hold_is_NC5204(string port, string expected)
    {
        var (repo, column) = FirstHostWith("EXT-ACC-01:GigabitEthernet1/0/1\"", port + "\"");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5204", File, 2, column - 1);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GigabitEthernet1/0/24", "is a trunk port (inventory/devices/EXT-ACC-01.yaml:7:84)")]
    [InlineData("GigabitEthernet1/0/9", "is an access port of segment center@dedicated")]
    public void A_trunk_port_or_a_port_of_another_segment_is_NC5205(string port, string expected)
    {
        var (repo, column) = FirstHostWith("EXT-ACC-01:GigabitEthernet1/0/1\"", "EXT-ACC-01:" + port + "\"");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5205", File, 2, column - 1);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_outside_the_ports_segment_is_NC5206()
    {
        var (repo, column) = FirstHostWith("ip: 10.61.110.21", "ip: 10.61.111.21");
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5206", File, 2, column + "ip: ".Length);
        Assert.Equal("host address 10.61.111.21 is outside segment finance@public (10.61.110.0/24, VLAN 110) that its port carries", diagnostic.Message);
    }

    [Theory]
    [InlineData("10.61.110.1", "the gateway")]
    [InlineData("10.61.110.0", "the network address")]
    [InlineData("10.61.110.255", "the broadcast address")]
    public void The_gateway_or_a_reserved_address_is_NC5207(string address, string what)
    {
        var (repo, column) = FirstHostWith("ip: 10.61.110.21", "ip: " + address);
        using var _ = repo;
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5207", File, 2, column + "ip: ".Length);
        Assert.Equal($"host address {address} is {what} of segment finance@public; a host needs an address of its own", diagnostic.Message);
    }

    [Fact]
    public void An_address_registered_twice_is_NC5208_at_the_second()
    {
        using var repo = HostRepo.Create().Replace(File, "ip: 10.61.110.22", "ip: 10.61.110.21");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5208", File, 3, 11);
        Assert.Equal("host address 10.61.110.21 is already registered to the host of 张伟 (policy/hosts/finance.yaml:2:11); an address binds one card on one port", diagnostic.Message);
    }

    [Fact]
    public void A_host_on_a_services_address_is_NC5208()
    {
        using var repo = HostRepo.Create().Replace(File, "ip: 10.61.1.30", "ip: 10.61.1.10");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5208", File, 5, 11);
        Assert.Contains("already registered to service oa (policy/services.yaml:2:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mac_registered_twice_in_another_spelling_is_NC5209()
    {
        using var repo = HostRepo.Create().Replace(File, "mac: \"00:e0:fc:12:34:02\"", "mac: \"00:E0:FC:12:34:01\"");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC5209", File, 3, 30);
        Assert.Equal("MAC 00e0-fc12-3401 is already registered (policy/hosts/finance.yaml:2:30); one card is one host", diagnostic.Message);
    }

    [Fact]
    public void Host_messages_read_in_simplified_chinese_too()
    {
        var (repo, _) = FirstHostWith("unit: finance", "unit: finanse");
        using var __ = repo;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var diagnostic = Assert.Single(repo.Validate().Diagnostics);
            Assert.StartsWith("终端所属单位“finanse”在 policy/units 中没有声明", diagnostic.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
