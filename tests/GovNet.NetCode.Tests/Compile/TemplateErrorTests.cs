using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>Broken templates are diagnostics with the template's file and line, never a crash and never partial output.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly DirectoryInfo templates = Directory.CreateTempSubdirectory("netcode-templates-");

    public TemplateErrorTests()
    {
        foreach (var file in Directory.EnumerateFiles(CompileHarness.Templates().Root, "*.hbs", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates.FullName, Path.GetRelativePath(CompileHarness.Templates().Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => templates.Delete(recursive: true);

    private Diagnostic CompileWith(string file, Func<string, string> edit, string code)
    {
        var path = Path.Combine(templates.FullName, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        using var repo = new MiniRepo();
        var (configs, diagnostics) = CompileHarness.Compile(CompileHarness.Model(repo.Write()), new TemplateLibrary(templates.FullName));
        Assert.Null(configs);
        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal($"templates/{file}", diagnostic.Span.File);
        return diagnostic;
    }

    [Fact]
    public void A_template_syntax_error_is_NC6101_at_its_line()
    {
        var diagnostic = CompileWith("huawei-vrp/vlans.hbs", t => t.Replace("{{/each}}", "{{/if}}", StringComparison.Ordinal), "NC6101");
        Assert.Equal(7, diagnostic.Span.Line);
    }

    [Fact]
    public void An_unknown_value_is_NC6102_at_its_line()
    {
        var diagnostic = CompileWith("cisco-ios/vlans.hbs", t => t.Replace("{{Name}}", "{{Nmae}}", StringComparison.Ordinal), "NC6102");
        Assert.Equal(5, diagnostic.Span.Line);
        Assert.Contains("Nmae", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_helper_is_NC6102()
    {
        var diagnostic = CompileWith("h3c-comware/routes.hbs", t => t.Replace("{{NextHop}}", "{{hop NextHop}}", StringComparison.Ordinal), "NC6102");
        Assert.Equal(5, diagnostic.Span.Line);
    }

    [Fact]
    public void A_missing_partial_is_NC6102_in_the_template_that_names_it()
    {
        var diagnostic = CompileWith("huawei-vrp/config.hbs", t => t.Replace("{{> routes}}", "{{> route-table}}", StringComparison.Ordinal), "NC6102");
        Assert.Contains("route-table", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_main_template_is_NC6102()
    {
        File.Delete(Path.Combine(templates.FullName, "cisco-ios", "config.hbs"));
        using var repo = new MiniRepo();
        var (configs, diagnostics) = CompileHarness.Compile(CompileHarness.Model(repo.Write()), new TemplateLibrary(templates.FullName));
        Assert.Null(configs);
        Assert.Contains(diagnostics, d => d.Code == "NC6102" && d.Span.File == "templates/cisco-ios/config.hbs");
    }
}
