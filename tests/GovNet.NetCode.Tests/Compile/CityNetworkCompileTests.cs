using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The scale target compiles: with gateways on the distribution switches no Huawei or H3C device of
/// the 2,000-unit city runs out of numbered ACLs (NC6103), and nothing else stands in the way.
/// </summary>
public sealed class CityNetworkCompileTests
{
    [Fact]
    public void The_city_network_compiles_without_any_diagnostic()
    {
        using var folder = NetworkGenerator.Generate(NetworkSpec.City).Files.WriteToTemporaryDirectory();
        var model = CompileHarness.Model(folder.Path);
        var diagnostics = new DiagnosticBag();
        var views = NetworkCompiler.Translate(model, MiniRepo.Today, diagnostics);
        Assert.True(views is not null && diagnostics.Count == 0, "translate failed:\n" + string.Join('\n', diagnostics.ToSortedArray()));
        Assert.Equal(500, views!.Count);
        Assert.All(views.Where(v => v.View.Vendor != "cisco-ios"), v => Assert.InRange(v.View.Acls.Length, 0, 900));

        var configs = ConfigRenderer.Render(views, CompileHarness.Templates(), diagnostics);
        Assert.True(configs is not null && diagnostics.Count == 0, "render failed:\n" + string.Join('\n', diagnostics.ToSortedArray()));
        Assert.Equal(500, configs!.Value.Length);
    }
}
