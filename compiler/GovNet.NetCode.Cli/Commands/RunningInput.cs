using System.Collections.Immutable;
using System.CommandLine;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// What drift and patch both start from: the policy compiled in memory (build/ is never touched),
/// the ignore patterns, and each device's running config — read offline from folders and bundles
/// (<c>--running</c>), else pulled over SSH from the one plane <c>--plane</c> names.
/// </summary>
internal sealed record RunningInput(PolicyModel Model, ImmutableArray<CompiledConfig> Intended, CollectionResult Collection, IgnorePatterns Ignore, DiagnosticBag Diagnostics)
{
    public ModelIndex Context(DateOnly today) => new(Model, today);

    /// <summary>The options that choose the policy and the running configs, declared once for every command that compares against running configs.</summary>
    internal sealed class Options
    {
        public Option<DirectoryInfo> Repo { get; } = CommonOptions.Repo();

        public Option<string[]> Running { get; } = new("--running") { Description = CliText.Get("RunningOption") };

        public Option<string?> Plane { get; } = new("--plane") { Description = CliText.Get("RunningPlaneOption") };

        public Option<FileInfo?> Collection { get; } = CommonOptions.File("--collection", CliText.Get("RunningCollectionOption"));

        public Option<DirectoryInfo?> Templates { get; } = CommonOptions.Folder("--templates", CliText.Get("TemplatesOption"));

        public Option<string[]> Ignore { get; } = new("--ignore") { Description = CliText.Get("IgnoreOption") };

        public Option<DateOnly?> Today { get; } = CommonOptions.Today();

        public IEnumerable<Option> All => [Repo, Running, Plane, Collection, Templates, Ignore, Today];

        public Settings Read(ParseResult result, string[]? devices = null) => new(
            result.GetValue(Repo)!,
            result.GetValue(Running) ?? [],
            result.GetValue(Plane),
            devices ?? [],
            result.GetValue(Collection),
            result.GetValue(Templates),
            result.GetValue(Ignore) ?? [],
            result.GetValue(Today) ?? DateOnly.FromDateTime(DateTime.Now));
    }

    internal sealed record Settings(DirectoryInfo Repo, string[] Running, string? Plane, string[] Devices, FileInfo? Collection, DirectoryInfo? Templates, string[] Ignore, DateOnly Today);

    /// <summary>
    /// Compiles the policy and reads the running configs; null (after printing why, as
    /// <paramref name="command"/>) when the policy or the options are invalid or no running config could be had.
    /// With <c>--device</c>, only those devices are compared.
    /// </summary>
    public static RunningInput? Load(Settings settings, string command)
    {
        var run = PolicyPipeline.Run(settings.Repo.FullName, settings.Today, new TemplateLibrary(CompileCommand.TemplateRoot(settings.Repo, settings.Templates)), PipelineGoal.Compile);
        if (run.Reached <= PipelineStage.Validate && !run.Valid)
        {
            DiagnosticWriter.WriteText(Terminal.Error, run.Diagnostics);
            Terminal.Error.WriteLine(CliText.Format("RunningPolicyInvalid", command, run.Errors));
            return null;
        }

        var model = run.Model!;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        foreach (var host in settings.Devices.Where(h => !model.Devices.Any(d => d.Hostname.Value == h)))
        {
            diagnostics.Error(Codes.NoDevicesSelected, SourceSpan.StartOf("(command line)"), CliText.Format("RunningNoSuchDevice", host));
        }

        var collectionSettings = CollectionLoader.Load(settings.Repo.FullName, settings.Collection?.FullName, [.. model.Devices.Select(d => d.Hostname.Value)], diagnostics);
        var ignore = collectionSettings is null ? null : IgnorePatterns.Create(
            [.. collectionSettings.DriftIgnore.Select(p => p.Value), .. settings.Ignore], SourceSpan.StartOf("--ignore"), diagnostics);
        var collection = ignore is null || run.Configs is null || diagnostics.HasErrors ? null : Running(settings, model, collectionSettings!, diagnostics);
        if (collection is null)
        {
            DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());
            Terminal.Error.WriteLine(CliText.Format("RunningNothingCompared", command));
            return null;
        }

        if (settings.Devices.Length > 0)
        {
            var chosen = settings.Devices.ToHashSet(StringComparer.Ordinal);
            collection = new CollectionResult([.. collection.Configs.Where(c => chosen.Contains(c.Hostname))], [.. collection.Failures.Where(f => chosen.Contains(f.Hostname))]);
        }

        var scope = RunningSources.Scope(collection);
        return new RunningInput(model, [.. run.Configs!.Value.Where(c => scope.Contains(c.Hostname))], collection, ignore!, diagnostics);
    }

    /// <summary>The running configs: read offline when --running is given, else pulled over SSH from the one plane --plane names.</summary>
    private static CollectionResult? Running(Settings settings, PolicyModel model, CollectionSettings collection, DiagnosticBag diagnostics)
    {
        if (settings.Running.Length > 0)
        {
            var sources = settings.Running.Select(r => (Terminal.FullPath(r), Path.GetRelativePath(Terminal.CurrentDirectory, Terminal.FullPath(r)).Replace('\\', '/'))).ToList();
            return RunningSources.Load(sources, model, settings.Plane, diagnostics);
        }

        var plan = FetchPlan.Create(model, collection, settings.Repo.FullName, settings.Plane, settings.Devices, acceptNewHostKeys: false, diagnostics);
        return plan is null ? null : FetchProgress.Collect(plan, barAllowed: true);
    }
}
