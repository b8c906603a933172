using System.Collections.Immutable;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>Validate-then-compile in process, with the repository's own templates.</summary>
public static class CompileHarness
{
    public static TemplateLibrary Templates() => new(Path.Combine(NetcodeProcess.RepositoryRoot(), "templates"));

    /// <summary>Copies the repository's templates into <paramref name="root"/>/templates, for a test to edit; gives that folder.</summary>
    public static string CopyTemplatesInto(string root)
    {
        var templates = Path.Combine(root, "templates");
        foreach (var file in Directory.EnumerateFiles(Templates().Root, "*" + TemplateSet.Extension, SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(Templates().Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return templates;
    }

    public static PolicyModel Model(string repositoryRoot)
    {
        var validation = PolicyValidator.Run(repositoryRoot, MiniRepo.Today);
        Assert.True(validation.Model is not null, "the repository must be valid:\n" + DiagnosticAssert.Describe(validation));
        return validation.Model!;
    }

    public static (ImmutableArray<CompiledConfig>? Configs, ImmutableArray<Diagnostic> Diagnostics) Compile(PolicyModel model, TemplateLibrary? templates = null)
    {
        var diagnostics = new DiagnosticBag();
        var configs = ConfigRenderer.Render(model, MiniRepo.Today, templates ?? Templates(), diagnostics);
        return (configs, diagnostics.ToSortedArray());
    }

    /// <summary>Every device's view by hostname; the model must translate without an error.</summary>
    public static Dictionary<string, DeviceView> ViewsByHostname(PolicyModel model)
    {
        var diagnostics = new DiagnosticBag();
        var views = NetworkCompiler.Translate(model, MiniRepo.Today, diagnostics);
        Assert.True(views is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedArray()));
        return views!.ToDictionary(v => v.View.Hostname, v => v.View, StringComparer.Ordinal);
    }

    /// <summary>Every device's view, keeping the ACL rule numbers of <paramref name="previous"/> where a rule is unchanged, and the numbers given.</summary>
    public static (IReadOnlyList<(Device Device, DeviceView View)> Views, AclNumberBook Numbers) Translate(PolicyModel model, AclNumberBook previous)
    {
        var diagnostics = new DiagnosticBag();
        var translated = NetworkCompiler.Translate(model, MiniRepo.Today, previous, diagnostics);
        Assert.True(translated is not null && !diagnostics.HasErrors, "compile failed:\n" + string.Join('\n', diagnostics.ToSortedArray()));
        return translated!.Value;
    }

    /// <summary>What netcode compile does with a repository: its configs numbered as its ACL number file says, as drift and plan compile them, and the numbers to write back.</summary>
    public static PipelineRun RunAsNetcode(string repositoryRoot)
    {
        var run = PolicyPipeline.Run(repositoryRoot, MiniRepo.Today, Templates(), PipelineGoal.Compile);
        Assert.True(run.Configs is not null && run.Diagnostics.IsEmpty, "compile failed:\n" + string.Join('\n', run.Diagnostics));
        return run;
    }

    /// <summary>The configs netcode compile writes for a repository (<see cref="RunAsNetcode"/>).</summary>
    public static ImmutableArray<CompiledConfig> CompileAsNetcode(string repositoryRoot) => RunAsNetcode(repositoryRoot).Configs!.Value;

    public static ImmutableArray<CompiledConfig> CompileClean(PolicyModel model)
    {
        var (configs, diagnostics) = Compile(model);
        Assert.True(configs is not null && diagnostics.IsEmpty, "compile failed:\n" + string.Join('\n', diagnostics));
        return configs!.Value;
    }
}
