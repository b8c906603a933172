using System.Globalization;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Times what <c>netcode compile</c> does on a generated city network: validate, then
/// <see cref="ConfigRenderer.Render(GovNet.NetCode.Model.PolicyModel, DateOnly, TemplateLibrary, GovNet.NetCode.Diagnostics.DiagnosticBag)"/> with the repository's templates/ (a fresh template library
/// each run, as the CLI loads one per run), cold once and then warm, then <see cref="BuildWriter.Write"/>
/// into a temporary folder. Prints what came out (configs, lines, bytes, ACL rules), the compile
/// stages of one warm run, and a sweep over network sizes.
/// </summary>
internal static class CompileBenchmark
{
    private const int WarmRuns = 3;
    private static readonly int[] SweepUnits = [250, 500, 1000, 2000];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public static int Run(int? units, int? devices)
    {
        using var folder = new TemporaryDirectory("netcode-bench");
        Console.WriteLine(Write(Specs.City(units ?? 2000, devices), folder.Path));

        // The generator's objects are garbage by now; collect them so they do not count against the compiler.
        GC.Collect();
        var status = RunOnFolder(folder.Path);
        Sweep(RepositoryRoot.Templates());
        return status;
    }

    /// <summary>Validate+compile an existing repository cold and warm, write its build, profile the stages.</summary>
    public static int RunOnFolder(string repository)
    {
        var templates = RepositoryRoot.Templates();
        var (status, model) = Measure(repository, templates);
        if (model is not null)
        {
            CompileStageProfile.Run(model, Today, templates, "warm");
        }

        return status;
    }

    private static string Write(NetworkSpec spec, string directory)
    {
        var network = NetworkGenerator.Generate(spec);
        network.WriteTo(directory);
        var distributions = network.Devices.Count(d => d.Role == DeviceRole.Distribution);
        return Invariant($"network: {network.Units.Length} units, {network.Segments.Count()} segments, {network.Devices.Length} devices ({distributions} distribution), {network.Flows.Length} flows");
    }

    private static (int Status, PolicyModel? Model) Measure(string repository, string templates)
    {
        PolicyModel? model = null;
        System.Collections.Immutable.ImmutableArray<CompiledConfig> configs = [];
        for (var run = 0; run <= WarmRuns; run++)
        {
            var (validation, validate) = Measurement.Of(() => PolicyValidator.Run(repository, Today));
            if (validation.Model is null)
            {
                Report(validation.Diagnostics);
                return (1, null);
            }

            var diagnostics = new DiagnosticBag();
            var (compiled, compile) = Measurement.Of(() => ConfigRenderer.Render(validation.Model, Today, new TemplateLibrary(templates), diagnostics));
            Console.WriteLine(Invariant($"{(run == 0 ? "cold" : $"warm {run}"),-7} validate {validate.Wall.TotalMilliseconds,6:F0} ms, compile {compile.Wall.TotalMilliseconds,6:F0} ms; validate+compile {validate + compile}"));
            if (compiled is null || !diagnostics.ToSortedArray().IsEmpty)
            {
                Report(diagnostics.ToSortedArray());
                return (1, null);
            }

            (model, configs) = (validation.Model, compiled.Value);
        }

        using (var output = new TemporaryDirectory("netcode-build"))
        {
            var diagnostics = new DiagnosticBag();
            var (written, write) = Measurement.Of(() => BuildWriter.Write(Path.Combine(output.Path, "build"), model!.Network.Name.Value, configs, diagnostics));
            Console.WriteLine(Invariant($"write   {write} ({(written ? "ok" : "FAILED")})"));
        }

        Console.WriteLine(Invariant($"peak working set {Measurement.PeakWorkingSet() / 1048576.0:F0} MiB, total allocated {GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:F0} MiB"));
        var lines = configs.Sum(c => (long)c.Text.AsSpan().Count('\n'));
        var bytes = configs.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c.Text));
        var views = NetworkCompiler.Translate(model!, Today, new DiagnosticBag())!;
        var acls = views.Select(v => (v.View.Hostname, v.View.Vendor, Acls: v.View.Acls.Length, Rules: v.View.Acls.Sum(a => a.Rules.Length))).ToList();
        var busiest = acls.Where(a => a.Vendor != "cisco-ios").MaxBy(a => a.Acls);
        Console.WriteLine(Invariant($"output: {configs.Length} configs, {lines:N0} lines, {bytes / 1048576.0:F1} MiB; {acls.Sum(a => a.Acls):N0} ACLs with {acls.Sum(a => (long)a.Rules):N0} rules; most numbered ACLs on one device: {busiest.Acls} ({busiest.Hostname})"));
        return (0, model);
    }

    /// <summary>Warm validate+compile (median of three) at growing sizes, to see how it scales.</summary>
    private static void Sweep(string templates)
    {
        Console.WriteLine("size sweep (validate+compile, warm, median of 3):");
        foreach (var units in SweepUnits)
        {
            var spec = Specs.City(units, null);
            using var folder = new TemporaryDirectory("netcode-sweep");
            var network = NetworkGenerator.Generate(spec);
            network.WriteTo(folder.Path);
            var runs = Enumerable.Range(0, 3).Select(_ => Measurement.Of(() =>
            {
                var model = PolicyValidator.Run(folder.Path, Today).Model ?? throw new InvalidOperationException($"{spec} is invalid");
                return ConfigRenderer.Render(model, Today, new TemplateLibrary(templates), new DiagnosticBag()) ?? throw new InvalidOperationException($"{spec} does not compile");
            }).Measurement).OrderBy(m => m.Wall).ToList();
            Console.WriteLine(Invariant($"  {units,5} units {spec.Devices,4} devices {network.Segments.Count(),5} segments: {runs[1]}"));
        }
    }

    private static void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Take(10))
        {
            Console.WriteLine("  " + diagnostic);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
