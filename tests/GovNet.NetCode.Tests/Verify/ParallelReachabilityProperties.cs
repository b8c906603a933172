using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Reachability explored on several threads answers exactly as on one: the same findings in the same order, each with
/// the same first packet, path and message, and the same matrix with the same paths, whichever thread takes which device. The networks are the soundness
/// networks with every bridge edit, placed by a seed FsCheck draws, so that sources that share an endpoint add to the same violation groups
/// and matrix cells; the run is in Chinese, so that a thread that did not take the run's language would show.
/// </summary>
public sealed class ParallelReachabilityProperties
{
    [Fact]
    public void Parallel_verify_equals_sequential_verify_on_bridged_networks()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var (checkedRuns, withPackets) = (0, 0);
            Prop.ForAll(Arb.From(Gen.Choose(0, 1 << 20)), seed =>
            {
                var failures = new List<string>();
                foreach (var (index, edit) in Enumerable.Range(0, SoundnessNetworks.Count).SelectMany(i => SoundnessBridgeEdits.All.Select(e => (i, e))))
                {
                    var network = SoundnessNetworks.Get(index);
                    if (edit.Apply(network, new Random(seed)) is not { } applied)
                    {
                        continue;
                    }

                    var facts = new Dictionary<string, DeviceFacts>(network.Facts, StringComparer.Ordinal)
                    {
                        [applied.Host] = GovNet.NetCode.Dialects.DialectRegistry.Find(network.Vendor(applied.Host))!.Parse(applied.Text.ToString(), SoundnessNetwork.FileOf(applied.Host)),
                    };
                    var first = Verifier.Run(network.Context, facts, [], parallelism: 1);
                    var sequential = Describe(first);
                    var parallel = Describe(Verifier.Run(network.Context, facts, [], parallelism: 4));
                    checkedRuns++;
                    withPackets += first.Findings.Any(f => f.Packet is not null) ? 1 : 0;
                    if (!sequential.SequenceEqual(parallel))
                    {
                        var at = sequential.Zip(parallel).TakeWhile(p => p.First == p.Second).Count();
                        failures.Add($"{network}, seed {seed}, {edit} on {applied.Host}: line {at} differs: " +
                            $"{sequential.ElementAtOrDefault(at)} | {parallel.ElementAtOrDefault(at)}");
                    }
                }

                return (failures.Count == 0).Label(string.Join('\n', failures));
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(1));
            // Only packets that get through fill violation groups from several sources; a run without any compares little.
            Assert.True(withPackets > 0, $"none of {checkedRuns} edited networks let a packet across");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Everything a run answers, one line per finding and matrix entry (records hold their paths as arrays, compared by reference).</summary>
    private static List<string> Describe(VerifyResult result) =>
    [
        .. result.Findings.Select(f => $"{f.Code} {f.Property} {f.Severity} {f.At} {f.Contradicts} {f.Packet} [{string.Join(' ', f.Path)}] {f.Message}"),
        .. result.Matrix.Entries.Select(e => $"{e.Key} [{string.Join(' ', e.Path)}]"),
    ];
}
