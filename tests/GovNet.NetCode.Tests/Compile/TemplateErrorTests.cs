using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Render;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// Broken templates are diagnostics with the template's file, line and column, never a crash and
/// never partial output; a name the view model does not have is refused when the templates load,
/// before any device is rendered.
/// </summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly DirectoryInfo templates = Directory.CreateTempSubdirectory("netcode-templates-");

    public TemplateErrorTests()
    {
        foreach (var file in Directory.EnumerateFiles(CompileHarness.Templates().Root, "*" + TemplateSet.Extension, SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates.FullName, Path.GetRelativePath(CompileHarness.Templates().Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => templates.Delete(recursive: true);

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(templates.FullName, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private Diagnostic CompileWith(string file, string from, string to, string code)
    {
        Edit(file, from, to);
        using var repo = new MiniRepo();
        var (configs, diagnostics) = CompileHarness.Compile(CompileHarness.Model(repo.Write()), new TemplateLibrary(templates.FullName));
        Assert.Null(configs);
        var diagnostic = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal($"templates/{file}", diagnostic.Span.File);
        return diagnostic;
    }

    /// <summary>Loads one dialect's templates and nothing else: no model, no device rendered.</summary>
    private (TemplateSet? Set, Diagnostic[] Diagnostics) Load(string dialect)
    {
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(new FolderSource(Path.Combine(templates.FullName, dialect)), $"templates/{dialect}", diagnostics);
        return (set, [.. diagnostics.ToSortedArray()]);
    }

    [Fact]
    public void The_shipped_templates_load_without_a_word()
    {
        foreach (var dialect in GovNet.NetCode.Dialects.DialectRegistry.All)
        {
            var (set, diagnostics) = Load(dialect.Id);
            Assert.NotNull(set);
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void A_misspelt_member_is_refused_at_load_with_file_line_and_column()
    {
        Edit("cisco-ios/vlans.scriban", "{{ vlan.Name }}", "{{ vlan.Nmae }}");
        var (set, diagnostics) = Load("cisco-ios");
        Assert.Null(set);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NC6102", new SourceSpan("templates/cisco-ios/vlans.scriban", 5, 15)), (diagnostic.Code, diagnostic.Span));
        Assert.Contains("VlanView has no value 'Nmae' (it has: Id, Name, Description, HostsBound, Snooping)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_in_a_branch_no_device_takes_is_refused_all_the_same()
    {
        // The mini network's H3C device has no port with an outbound ACL: rendering would never reach this line.
        var diagnostic = CompileWith("h3c-comware/interfaces.scriban", "{{ port.AclOut.Id }}", "{{ port.AclOut.Name }}", "NC6102");
        Assert.Equal(new SourceSpan("templates/h3c-comware/interfaces.scriban", 68, 31), diagnostic.Span);
        Assert.Contains("AclRef has no value 'Name' (it has: Id)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_value_names_what_the_device_has()
    {
        var diagnostic = CompileWith("h3c-comware/system.scriban", "{{ Hostname }}", "{{ Hostnmae }}", "NC6102");
        Assert.Equal(new SourceSpan("templates/h3c-comware/system.scriban", 3, 12), diagnostic.Span);
        Assert.Contains("unknown value 'Hostnmae' (known here: Acls, Baseline, Gateways, HostBindings, Hostname,", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_syntax_error_is_NC6101_at_its_line_and_column()
    {
        var diagnostic = CompileWith("huawei-vrp/vlans.scriban", "{{~ for vlan in Vlans ~}}", "{{~ for vlan in ~}}", "NC6101");
        Assert.Equal(new SourceSpan("templates/huawei-vrp/vlans.scriban", 2, 17), diagnostic.Span);
        Assert.StartsWith("template syntax: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_function_is_NC6102()
    {
        var diagnostic = CompileWith("h3c-comware/routes.scriban", "{{ route.NextHop }}", "{{ hop route.NextHop }}", "NC6102");
        Assert.Equal((5, 59), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("'hop' is not a function (functions: include, netmask, wildcard)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_as_a_condition_is_refused_because_an_empty_list_counts_as_true()
    {
        var diagnostic = CompileWith("cisco-ios/routes.scriban", "{{~ if Routes.size > 0 ~}}", "{{~ if Routes ~}}", "NC6102");
        Assert.Equal((2, 8), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("write 'Routes.size > 0'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loop_position_is_only_known_inside_a_loop()
    {
        var diagnostic = CompileWith("huawei-vrp/system.scriban", "sysname {{ Hostname }}", "sysname {{ Hostname }}{{ for.index }}", "NC6102");
        Assert.Equal((3, 26), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_missing_partial_is_NC6102_in_the_template_that_names_it()
    {
        var diagnostic = CompileWith("huawei-vrp/config.scriban", "include 'routes'", "include 'route-table'", "NC6102");
        Assert.Equal((18, 13), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("route-table", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_main_template_is_NC6102()
    {
        File.Delete(Path.Combine(templates.FullName, "cisco-ios", "config.scriban"));
        using var repo = new MiniRepo();
        var (configs, diagnostics) = CompileHarness.Compile(CompileHarness.Model(repo.Write()), new TemplateLibrary(templates.FullName));
        Assert.Null(configs);
        Assert.Contains(diagnostics, d => d.Code == "NC6102" && d.Span.File == "templates/cisco-ios/config.scriban");
    }

    [Fact]
    public void A_fault_only_rendering_finds_is_reported_once_at_its_position()
    {
        // The type is right, the value is not: only rendering can tell, and it says where.
        var diagnostic = CompileWith("cisco-ios/system.scriban", "hostname {{ Hostname }}", "hostname {{ Hostname }} {{ netmask 40 }}", "NC6102");
        Assert.Equal((3, 36), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("template failed for ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("prefix length (0-32)", diagnostic.Message, StringComparison.Ordinal);
    }
}
