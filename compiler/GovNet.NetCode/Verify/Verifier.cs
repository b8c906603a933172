using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Verify.Layer3;

namespace GovNet.NetCode.Verify;

/// <summary>The verifier's answer: findings sorted by property and position, and parse coverage per config.</summary>
public sealed record VerifyResult(ImmutableArray<Finding> Findings, ImmutableArray<ParseCoverage.FileCoverage> Coverage, FlowMatrix Matrix)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
}

/// <summary>
/// The verify stage. It trusts only configs: each inventory device's config is parsed by its dialect
/// and the properties are evaluated on the facts, with the inventory supplying the cabling.
/// Evaluated: parse coverage; P1 at layer 2, for management servers and at layer 3 (routes and
/// packets across planes); P2, P3 and P4 over every packet class along the forwarding paths; P5.
/// </summary>
public static class Verifier
{
    /// <summary>What a verify run evaluates, worded in the run's language (so read each time, not once); the P-codes stay as they are.</summary>
    public static ImmutableArray<string> Evaluated => [Messages.Get("EvaluatedP1"), "P2", "P3", "P4", "P5", Messages.Get("EvaluatedCoverage")];

    /// <summary>The facts of every inventory device's config in the folder, and a finding for each config that is missing.</summary>
    public sealed record Parsed(IReadOnlyDictionary<string, DeviceFacts> Facts, IReadOnlyList<Finding> Missing);

    /// <summary>Parses <c>HOSTNAME.cfg</c> of every inventory device in <paramref name="configFolder"/>.</summary>
    public static Parsed ParseAll(ModelIndex context, string configFolder, string label) =>
        ParseAll(context, host => Path.Combine(configFolder, $"{host}.cfg") is var path && File.Exists(path) ? File.ReadAllText(path) : null, label);

    /// <summary>
    /// Parses every inventory device's config text, as <paramref name="configOf"/> gives it (null: there is
    /// none); each is named <c>LABEL/HOSTNAME.cfg</c> in findings. Configs are read and parsed on every core,
    /// so <paramref name="configOf"/> is called from several threads at once.
    /// </summary>
    public static Parsed ParseAll(ModelIndex context, Func<string, string?> configOf, string label)
    {
        var devices = context.Devices.Values.OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).ToList();
        // Each config's facts depend on its text alone: they are parsed side by side, then taken in hostname order, and
        // the first failure in that order is the one thrown, as one after another.
        var parsed = new DeviceFacts?[devices.Count];
        var failures = new FirstFailure();
        Parallel.For(0, devices.Count, i =>
        {
            var device = devices[i];
            try
            {
                parsed[i] = configOf(device.Hostname.Value) is { } text
                    ? DialectRegistry.Find(device.Vendor.Value)!.Parse(text, $"{label}/{device.Hostname.Value}.cfg")
                    : null;
            }
            catch (Exception failure)
            {
                failures.Note(i, failure);
            }
        });

        failures.ThrowIfAny();
        var facts = new Dictionary<string, DeviceFacts>(StringComparer.Ordinal);
        var missing = new List<Finding>();
        for (var i = 0; i < devices.Count; i++)
        {
            var device = devices[i];
            // A null test rather than a negated pattern, so that a mutation testing tool flipping it still compiles.
            var deviceFacts = parsed[i];
            if (deviceFacts is null)
            {
                var file = $"{label}/{device.Hostname.Value}.cfg";
                missing.Add(new Finding(Codes.ConfigMissing, ParseCoverage.Property, Severity.Error, Messages.Format("ConfigMissing", device.Hostname, file), SourceSpan.StartOf(file), [], null, device.Hostname.Span));
                continue;
            }

            facts[device.Hostname.Value] = deviceFacts;
        }

        return new Parsed(facts, missing);
    }

    /// <summary>Reads <c>HOSTNAME.cfg</c> for every inventory device from <paramref name="configFolder"/>; a missing config is a finding.</summary>
    public static VerifyResult Run(ModelIndex context, string configFolder, string label)
    {
        var (facts, missing) = ParseAll(context, configFolder, label);
        return Run(context, facts, missing);
    }

    /// <summary>Verifies config texts held in memory, by hostname; a device without one is a finding.</summary>
    public static VerifyResult Run(ModelIndex context, IReadOnlyDictionary<string, string> configs, string label)
    {
        var (facts, missing) = ParseAll(context, host => configs.GetValueOrDefault(host), label);
        StageClock.Mark("verify:parse");
        return Run(context, facts, missing);
    }

    /// <summary>
    /// Verifies facts already parsed (drift parses running configs itself), exploring reachability on up to
    /// <paramref name="parallelism"/> threads (0: every core; the answer is the same for any number).
    /// </summary>
    public static VerifyResult Run(ModelIndex context, IReadOnlyDictionary<string, DeviceFacts> facts, IEnumerable<Finding> earlier, int parallelism = 0)
    {
        var findings = new List<Finding>(earlier);
        var input = new VerifyInput(context, facts);
        findings.AddRange(ParseCoverage.Check(input));
        StageClock.Mark("verify:coverage");
        var domains = new Layer2Domains(input);
        findings.AddRange(PhysicalIsolation.Check(input, domains));
        findings.AddRange(ManagementIsolation.Check(input));
        findings.AddRange(LabelledPorts.Check(input));
        findings.AddRange(NatBoundary.Check(input));
        StageClock.Mark("verify:l2");
        var network = new Layer3Network(input, domains);
        findings.AddRange(DynamicRoutingChecks.Check(input, network.Routing));
        StageClock.Mark("verify:l3");
        var reachability = new Reachability(input, network, parallelism);
        findings.AddRange(reachability.Run());
        StageClock.Mark("verify:reach");

        // A line already shown to join the planes needs no second finding from its addresses alone.
        var joined = findings.Where(f => f.Property == AddressCensus.Property).Select(f => (f.At.File, f.At.Line)).ToHashSet();
        findings.AddRange(AddressCensus.Check(input).Where(f => !joined.Contains((f.At.File, f.At.Line))));
        StageClock.Mark("verify:census");
        return new VerifyResult(
            [.. findings.Order(Finding.ByPosition)],
            [.. facts.Values.Select(ParseCoverage.Of).OrderBy(c => c.File, StringComparer.Ordinal)],
            reachability.Matrix);
    }
}
