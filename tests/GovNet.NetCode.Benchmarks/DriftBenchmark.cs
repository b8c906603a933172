using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Times <see cref="DriftCheck.Run"/> on a generated city network: its compiled configs are the
/// intent, and the running configs are the same with every tenth device edited (a description
/// changed, a VLAN added to a trunk, a route added). Reports the comparison alone, the two verifier
/// runs that ranking needs, and the whole check, cold and warm, and peak memory. SSH collection is
/// not included: the running configs are in memory.
/// </summary>
internal static class DriftBenchmark
{
    private const int WarmRuns = 3;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);

    public static int Run(int units, int? devices)
    {
        using var folder = new TemporaryDirectory("netcode-drift-bench");
        var spec = Specs.City(units, devices);
        NetworkGenerator.Generate(spec).WriteTo(folder.Path);
        var compiled = PolicyPipeline.Run(folder.Path, Today, new TemplateLibrary(RepositoryRoot.Templates()), PipelineGoal.Compile);
        var (model, intended) = compiled is { Model: { } valid, Configs: { } configs } ? (valid, configs) : throw new InvalidOperationException($"{spec} does not compile");
        var running = new CollectionResult([.. intended.Select((c, i) => new RunningConfig(c.Hostname, i % 10 == 0 ? Edit(c) : c.Text, "memory"))], []);
        var lines = intended.Sum(c => (long)c.Text.AsSpan().Count('\n'));
        Console.WriteLine(Invariant($"network: {units} units, {intended.Length} devices, {lines:N0} config lines; {(intended.Length + 9) / 10} running configs edited"));

        GC.Collect();
        for (var run = 0; run <= WarmRuns; run++)
        {
            var (_, compare) = Measurement.Of(() => intended.Sum(c =>
                ConfigComparer.Compare(c.Hostname, Dialects.DialectRegistry.Find(c.Vendor)!, c.Text, running.Configs.First(r => r.Hostname == c.Hostname).Text, IgnorePatterns.None).Length));
            var (_, rank) = Measurement.Of(() => DriftRanker.NewFindings(new ModelIndex(model, Today),
                intended.ToDictionary(c => c.Hostname, c => c.Text), running.Configs.ToDictionary(c => c.Hostname, c => c.Text)).Length);
            var (report, whole) = Measurement.Of(() => DriftCheck.Run(new ModelIndex(model, Today), intended, running, IgnorePatterns.None));
            Console.WriteLine(Invariant($"{(run == 0 ? "cold" : $"warm {run}"),-7} compare only {compare}; verifier on both sides {rank}; whole drift check {whole}; {report.Summary()}"));
        }

        Console.WriteLine(Invariant($"peak working set {Measurement.PeakWorkingSet() / 1048576.0:F0} MiB"));
        return 0;
    }

    internal static string Edit(CompiledConfig config)
    {
        var text = config.Text;
        var at = text.IndexOf(" description ", StringComparison.Ordinal);
        if (at >= 0)
        {
            text = text.Insert(at + " description ".Length, "edited ");
        }

        foreach (var trunk in new[] { " port trunk allow-pass vlan ", " port trunk permit vlan ", " switchport trunk allowed vlan " })
        {
            var t = text.IndexOf(trunk, StringComparison.Ordinal);
            if (t >= 0)
            {
                var end = text.IndexOf('\n', t);
                text = text.Insert(end, trunk.StartsWith(" switchport", StringComparison.Ordinal) ? ",4000" : " 4000");
                break;
            }
        }

        var close = text.TrimEnd('\n').LastIndexOf('\n') + 1;
        var route = config.Vendor == "cisco-ios" ? "ip route 192.0.2.0 255.255.255.0 10.61.0.1\n" : "ip route-static 192.0.2.0 255.255.255.0 10.61.0.1\n";
        return text.Insert(close, route);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
