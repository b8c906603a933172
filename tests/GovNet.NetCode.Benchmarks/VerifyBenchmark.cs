using System.Globalization;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Times what <c>netcode verify</c> does on a generated city network: compile it once and write the
/// configs, then <see cref="Verifier.Run(ModelIndex, string, string)"/> (parse every config,
/// layer 2, layer 3, every packet class) cold once and warm twice. Prints the findings, the matrix
/// size, peak working set, and a sweep over network sizes.
/// </summary>
internal static class VerifyBenchmark
{
    private const int WarmRuns = 2;
    private static readonly int[] SweepUnits = [250, 500, 1000, 2000];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public static int Run(int? units, int? devices, bool sweep)
    {
        var spec = Specs.City(units ?? 2000, devices);
        using var folder = new TemporaryDirectory("netcode-bench");
        var (context, configs) = Build(spec, folder.Path);
        if (context is null)
        {
            return 1;
        }

        GC.Collect();
        VerifyResult? result = null;
        for (var run = 0; run <= WarmRuns; run++)
        {
            var (verified, measurement) = Measurement.Of(() => Verifier.Run(context, configs, "configs"));
            Console.WriteLine(Invariant($"{(run == 0 ? "cold" : $"warm {run}"),-7} verify {measurement}"));
            result = verified;
        }

        Console.WriteLine(Invariant($"findings: {result!.Errors} errors, {result.Findings.Length - result.Errors} warnings; matrix {result.Matrix.Entries.Length:N0} entries"));
        foreach (var finding in result.Findings.Take(5))
        {
            Console.WriteLine("  " + finding);
        }

        Console.WriteLine(Invariant($"peak working set {Measurement.PeakWorkingSet() / 1048576.0:F0} MiB (generation and compile included)"));
        if (sweep)
        {
            Sweep();
        }

        return result.Errors == 0 ? 0 : 1;
    }

    private static (ModelIndex? Context, string Configs) Build(NetworkSpec spec, string directory)
    {
        var network = NetworkGenerator.Generate(spec);
        network.WriteTo(directory);
        var run = PolicyPipeline.Run(directory, Today, new TemplateLibrary(RepositoryRoot.Templates()), PipelineGoal.Compile);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        if (run is not { Model: { } model, Configs: { } compiled } || !BuildWriter.Write(Path.Combine(directory, "build"), "bench", compiled, diagnostics))
        {
            Console.WriteLine($"{spec} does not compile: {string.Join("; ", diagnostics.ToSortedArray().Take(5))}");
            return (null, string.Empty);
        }

        var rules = compiled.Sum(c => c.Text.Split('\n').Count(l => l.Contains(" permit ", StringComparison.Ordinal) || l.Contains(" deny ", StringComparison.Ordinal)));
        Console.WriteLine(Invariant($"network: {network.Units.Length} units, {network.Segments.Count():N0} segments, {network.Devices.Length} devices, {network.Flows.Length} flows; {compiled.Length} configs with {rules:N0} ACL rules"));
        return (new ModelIndex(model, Today), Path.Combine(directory, "build", "configs"));
    }

    /// <summary>Warm verify at growing sizes (median of three), to see how time grows.</summary>
    private static void Sweep()
    {
        Console.WriteLine("size sweep (verify, warm, median of 3):");
        foreach (var units in SweepUnits)
        {
            var spec = Specs.City(units, null);
            using var folder = new TemporaryDirectory("netcode-sweep");
            var (context, configs) = Build(spec, folder.Path);
            if (context is null)
            {
                continue;
            }

            Verifier.Run(context, configs, "configs");
            var runs = Enumerable.Range(0, 3).Select(_ => Measurement.Of(() => Verifier.Run(context, configs, "configs")).Measurement).OrderBy(m => m.Wall).ToList();
            Console.WriteLine(Invariant($"  {units,5} units {spec.Devices,4} devices: {runs[1]}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
