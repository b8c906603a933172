using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Baseline;

/// <summary>The hardware catalogue: every model of the example is in it, a port the model lacks is an error where it is declared, an unknown model a warning.</summary>
public sealed class HardwareCatalogueTests
{
    [Fact]
    public void Every_model_of_the_example_is_catalogued_with_every_port_it_declares()
    {
        var model = CompileHarness.Model(NetcodeProcess.RepositoryRoot());
        Assert.All(model.Devices, device =>
        {
            var hardware = DialectRegistry.Find(device.Vendor.Value)!.Hardware.Find(device.Model);
            Assert.True(hardware is not null, $"{device.Hostname.Value}: {device.Model}");
            Assert.All(device.Interfaces, i => Assert.True(hardware.HasPort(i.Name.Value), $"{device.Hostname.Value} {i.Name.Value}"));
        });
    }

    [Fact]
    public void A_port_the_model_does_not_have_is_an_error_at_its_declaration()
    {
        using var repo = new MiniRepo()
            .Replace("inventory/devices/EXT-ACC-01.yaml", "vendor: h3c-comware\n", "vendor: h3c-comware\nmodel: S5130S-28P-EI\n")
            .Replace("inventory/devices/EXT-ACC-01.yaml", "GigabitEthernet1/0/9,", "GigabitEthernet1/0/29,");
        var error = Assert.Single(repo.Validate().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("NC5301", error.Code);
        Assert.Equal(new SourceSpan("inventory/devices/EXT-ACC-01.yaml", 10, 13), error.Span);
        Assert.Contains("GigabitEthernet1/0/1-28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_model_is_a_warning_at_the_model_naming_the_known_ones()
    {
        using var repo = new MiniRepo().Replace("inventory/devices/EXT-ACC-01.yaml", "vendor: h3c-comware\n", "vendor: h3c-comware\nmodel: S5130S-99X-EI\n");
        var validation = repo.Validate();
        var warning = Assert.Single(validation.Diagnostics, d => d.Code == "NC5302");
        Assert.Equal((Severity.Warning, new SourceSpan("inventory/devices/EXT-ACC-01.yaml", 3, 8)), (warning.Severity, warning.Span));
        Assert.Contains("S5130S-28P-EI", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(validation.Model);
    }

    [Fact]
    public void Aggregates_and_vlan_interfaces_are_not_physical_ports()
    {
        var catalogue = DialectRegistry.Find("huawei-vrp")!.Hardware;
        Assert.False(catalogue.IsPhysical("Eth-Trunk1"));
        Assert.False(catalogue.IsPhysical("GigabitEthernet0/0/1.100"));
        Assert.True(catalogue.IsPhysical("GigabitEthernet0/0/1"));
    }
}
