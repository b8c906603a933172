using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>How the shipped templates render one device, beyond what the golden example exercises.</summary>
public sealed class TemplateRenderTests
{
    private static DeviceView View(string vendor)
    {
        using var repo = new MiniRepo();
        var views = NetworkCompiler.Translate(CompileHarness.Model(repo.Write()), MiniRepo.Today, new DiagnosticBag())!;
        return views.First(v => v.View.Vendor == vendor).View;
    }

    [Theory]
    [InlineData("huawei-vrp", "acl number 3999", "return")]
    [InlineData("h3c-comware", "acl advanced 3999", "return")]
    [InlineData("cisco-ios", "ip access-list extended BIG", "end")]
    public void A_config_of_several_MiB_with_thousands_of_rules_renders_whole(string vendor, string header, string last)
    {
        // Scriban stops a loop at 1,000 items and cuts text past 1 Mi characters unless told otherwise;
        // a city network's distribution switch has 20,000 rules and over 2 MiB of config.
        var any = new AddressView(true, false, "0.0.0.0", "255.255.255.255", "0.0.0.0", 0);
        var host = new AddressView(false, true, "10.64.0.80", "0.0.0.0", "255.255.255.255", 32);
        var rules = Enumerable.Range(1, 25_000)
            .Select(i => new AclRuleView(i * 5, i % 2 == 0, "tcp", host, null, any, new PortMatchView(true, 443, 443), false, $"flow-{i} approval 2025-21 for the reply traffic", true))
            .ToList();
        var device = View(vendor) with { Acls = [new AclView("BIG", 3999, "BIG", "[EXT] many rules", [.. rules])] };

        var diagnostics = new DiagnosticBag();
        var text = CompileHarness.Templates().For(vendor, diagnostics)!.Render(device, SourceSpan.StartOf("inventory/devices/x.yaml"), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.True(text!.Length > 2 * 1024 * 1024, $"{text.Length} characters");
        Assert.Contains(header + "\n", text, StringComparison.Ordinal);
        Assert.Equal(25_000, text.Split('\n').Count(l => l.EndsWith("eq 443", StringComparison.Ordinal)));
        Assert.Contains(" 125000 ", text, StringComparison.Ordinal);
        Assert.EndsWith($"\n{last}\n", text, StringComparison.Ordinal);
    }
}
