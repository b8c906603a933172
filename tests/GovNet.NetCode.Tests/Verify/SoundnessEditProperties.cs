using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// The verdict is sound (issue 11): every realistic bridge edit, in the syntax of the device's
/// vendor, is reported at the lines it wrote or refused by parse coverage; and no harmless edit
/// makes a violation appear. One test per edit, so the run lists which edits the verifier misses;
/// FsCheck draws the seed that picks the device, port and address, and every network is edited with it.
/// </summary>
public sealed class SoundnessEditProperties
{
    /// <summary>The properties a bridge may be reported under; which one depends on the path the verifier finds.</summary>
    private static readonly HashSet<string> BridgeProperties = ["P1", "P2", "P5"];

    public static TheoryData<string> BridgeEdits() => [.. SoundnessBridgeEdits.All.Concat(SoundnessStatementEdits.All).Select(e => e.Id)];

    public static TheoryData<string> HarmlessEdits() => [.. SoundnessHarmlessEdits.All.Select(e => e.Id)];

    /// <summary>Both properties below read an error as caused by the edit; that holds only if the unedited networks have none.</summary>
    [Fact]
    public void Unedited_networks_verify_without_errors()
    {
        for (var i = 0; i < SoundnessNetworks.Count; i++)
        {
            var network = SoundnessNetworks.Get(i);
            Assert.True(network.Baseline.Errors == 0, $"{network}: {Describe(network.Baseline.Findings.Where(f => f.Severity == Severity.Error))}");
        }
    }

    [Theory]
    [MemberData(nameof(BridgeEdits))]
    public void Bridge_edit_is_reported_at_the_edited_lines(string id)
    {
        var edit = SoundnessBridgeEdits.All.Concat(SoundnessStatementEdits.All).Single(e => e.Id == id);
        Check(edit, (network, applied) =>
        {
            var result = network.Verify(applied.Host, applied.Text.ToString());
            var file = SoundnessNetwork.FileOf(applied.Host);
            var marked = applied.Text.Marked;
            var sections = marked.Select(applied.Text.SectionOf).Distinct().ToList();
            bool Reports(Finding f) =>
                f.Severity == Severity.Error && f.At.File == file &&
                ((BridgeProperties.Contains(f.Property) && sections.Any(s => f.At.Line >= s.From && f.At.Line <= s.To)) ||
                 (f.Property == ParseCoverage.Property && marked.Contains(f.At.Line)));
            var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
            return (errors.Any(Reports), $"expected an error {string.Join('/', BridgeProperties)} within lines " +
                $"{string.Join(", ", sections.Select(s => $"{s.From}-{s.To}"))} of {file}, or coverage on line {string.Join(", ", marked)}; " +
                $"errors: {Describe(errors.Where(f => f.At.File == file))}; elsewhere: {Describe(errors.Where(f => f.At.File != file))}");
        });
    }

    [Theory]
    [MemberData(nameof(HarmlessEdits))]
    public void Harmless_edit_adds_no_error(string id)
    {
        var edit = SoundnessHarmlessEdits.All.Single(e => e.Id == id);
        Check(edit, (network, applied) =>
        {
            // Line numbers move with any insertion, so errors are compared by what they say, not where.
            var before = network.Baseline.Findings.Where(f => f.Severity == Severity.Error).Select(Key).ToList();
            var added = new List<Finding>();
            foreach (var finding in network.Verify(applied.Host, applied.Text.ToString()).Findings.Where(f => f.Severity == Severity.Error))
            {
                if (!before.Remove(Key(finding)))
                {
                    added.Add(finding);
                }
            }

            return (added.Count == 0, $"expected no new error; new: {Describe(added)}");
        });
    }

    private static (string, string, string) Key(Finding f) => (f.Property, f.At.File, f.Message);

    private static string Describe(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return list.Count == 0 ? "none" : string.Join(" | ", list.Take(4)) + (list.Count > 4 ? $" | … {list.Count - 4} more" : string.Empty);
    }

    /// <summary>
    /// Runs the edit with a drawn seed on every network. A network with no target for the edit proves
    /// nothing, so the test also fails when none had one; every network is tried, never drawn, so
    /// whether an edit finds a target does not depend on the luck of the draw.
    /// </summary>
    private static void Check(SoundnessEdit edit, Func<SoundnessNetwork, AppliedEdit, (bool Ok, string Expectation)> holds)
    {
        var applied = 0;
        Prop.ForAll(Arb.From(Gen.Choose(0, 1 << 20), Shrink), seed =>
        {
            var failures = new List<string>();
            for (var index = 0; index < SoundnessNetworks.Count; index++)
            {
                var network = SoundnessNetworks.Get(index);
                if (edit.Apply(network, new Random(seed)) is not { } target)
                {
                    continue;
                }

                applied++;
                var (ok, expectation) = holds(network, target);
                if (!ok)
                {
                    failures.Add($"{network}, network {index}, seed {seed}: {edit} on {target.Host} ({target.What}): {expectation}");
                }
            }

            return (failures.Count == 0).Label(string.Join('\n', failures));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1));
        Assert.True(applied > 0, $"{edit}: no network had a target");
    }

    /// <summary>Towards smaller seeds: the same edit on the simplest choice that still fails.</summary>
    private static IEnumerable<int> Shrink(int seed)
    {
        if (seed > 0)
        {
            yield return 0;
            yield return seed / 2;
        }
    }
}
