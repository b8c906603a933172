using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>A published service and a NAT pool: where each mistake is reported (file:line:col) and with which code.</summary>
public sealed class NatDiagnosticsTests
{
    private static void AssertAt(MiniRepo repo, string code, string file, string needle)
    {
        var (line, column) = NatRepo.Position(repo.Text(file), needle);
        DiagnosticAssert.Reports(repo.Validate(), code, file, line, column);
    }

    [Fact]
    public void A_published_portal_and_a_pool_on_the_egress_validate_clean()
    {
        using var repo = NatRepo.Create();
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void Publishing_a_service_outside_the_internet_access_zone_is_NC5401()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Services, "ports: [tcp/443] }\n  exchange", "ports: [tcp/443], public: 203.0.113.81 }\n  exchange");
        AssertAt(repo, "NC5401", NatRepo.Services, "203.0.113.81");
    }

    [Fact]
    public void A_public_address_inside_a_plane_is_NC5402()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Services, "public: 203.0.113.80", "public: 10.61.1.99");
        AssertAt(repo, "NC5402", NatRepo.Services, "10.61.1.99");
    }

    [Fact]
    public void A_pool_holding_addresses_of_a_plane_is_NC5402()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Egress, "{ from: 203.0.113.10, to: 203.0.113.14 }", "{ from: 10.61.0.200, to: 10.61.1.20 }");
        AssertAt(repo, "NC5402", NatRepo.Egress, "{ from: 10.61.0.200");
    }

    [Fact]
    public void A_published_service_no_internet_flow_reaches_is_NC5403()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Flows, "rule: permit tcp/80,443 from internet to service:portal", "rule: permit tcp/80,443 from zone:public to service:portal");
        AssertAt(repo, "NC5403", NatRepo.Services, "203.0.113.80");
    }

    [Fact]
    public void An_internet_flow_nat_server_cannot_express_is_NC5404()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Flows, "rule: permit tcp/80,443 from internet to service:portal", "rule: permit udp/10000-20000 from internet to service:portal");
        AssertAt(repo, "NC5404", NatRepo.Flows, "service:portal\n");
    }

    [Fact]
    public void A_pool_on_a_device_that_is_not_an_egress_is_NC5405()
    {
        using var repo = NatRepo.Create();
        repo.Replace("inventory/devices/EXT-CORE-01.yaml", "interfaces:\n", "nat-pool: { from: 203.0.113.20, to: 203.0.113.21 }\ninterfaces:\n");
        AssertAt(repo, "NC5405", "inventory/devices/EXT-CORE-01.yaml", "{ from: 203.0.113.20");
    }

    [Fact]
    public void A_pool_that_runs_backwards_is_NC5406()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Egress, "to: 203.0.113.14", "to: 203.0.113.4");
        AssertAt(repo, "NC5406", NatRepo.Egress, "203.0.113.4 }");
    }

    [Fact]
    public void An_unknown_key_in_the_pool_is_refused()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Egress, "to: 203.0.113.14", "to: 203.0.113.14, size: 5");
        AssertAt(repo, "NC2101", NatRepo.Egress, "size");
    }

    [Fact]
    public void Publishing_behind_an_egress_whose_dialect_writes_no_nat_is_NC5407_at_the_public_address_and_the_pool()
    {
        using var repo = NatRepo.Create();
        repo.Replace(NatRepo.Egress, "vendor: huawei-vrp", "vendor: h3c-comware");
        AssertAt(repo, "NC5407", NatRepo.Services, "203.0.113.80");
        AssertAt(repo, "NC5407", NatRepo.Egress, "{ from: 203.0.113.10");
    }
}
