using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Patch;

/// <summary>
/// Types every device's steps into the simulated network one at a time and runs the verifier after
/// each: no intermediate state may have an isolation finding (P1/P2) that neither the first nor the
/// last state has. When the next step in the table's order would open one, the next few steps are
/// tried in its place (make before break: the new bound before the old is removed; tighten before
/// widen, on this device or its far end), never ahead of an earlier step of its own device that the
/// table puts first. When none helps, the step is typed anyway and reported as unsafe.
/// </summary>
public sealed class SafeOrder
{
    /// <summary>Why a step was moved, in the run's language (PatchMessages.resx and its zh-CN twin).</summary>
    private static readonly TextResource Texts = new("GovNet.NetCode.Patch.PatchMessages");

    /// <summary>How many pending steps are tried in place of one that opens a finding.</summary>
    public const int Window = 6;

    private const string Label = "patching";

    private readonly ModelIndex context;
    private readonly Dictionary<string, (Dialect Dialect, List<PatchNode> Tree)> devices;
    private readonly Dictionary<string, DeviceFacts> facts = new(StringComparer.Ordinal);

    private SafeOrder(ModelIndex context, Dictionary<string, (Dialect Dialect, List<PatchNode> Tree)> devices)
    {
        this.context = context;
        this.devices = devices;
        foreach (var (host, (dialect, tree)) in devices)
        {
            facts[host] = Parse(host, dialect, tree);
        }
    }

    public int Verified { get; private set; }

    /// <summary>
    /// The steps of each device (in the table's order) in a verified order, starting from
    /// <paramref name="devices"/> (every device the verifier should see, by hostname); the trees are typed into.
    /// </summary>
    public static (Dictionary<string, ImmutableArray<PatchStep>> Steps, List<UnsafeStep> Unsafe, List<MovedStep> Moved, int Verified) Schedule(
        ModelIndex context,
        Dictionary<string, (Dialect Dialect, List<PatchNode> Tree)> devices,
        IReadOnlyDictionary<string, ImmutableArray<PatchStep>> steps,
        PatchDirection direction)
    {
        var order = new SafeOrder(context, devices);
        var allowed = order.Isolation(order.facts);
        var end = new Dictionary<string, DeviceFacts>(order.facts, StringComparer.Ordinal);
        foreach (var (host, list) in steps)
        {
            var (dialect, tree) = devices[host];
            var copy = tree.Select(n => n.Clone()).ToList();
            foreach (var step in list)
            {
                PatchSimulator.Apply(dialect, copy, StepText(dialect, step));
            }

            end[host] = order.Parse(host, dialect, copy);
        }

        allowed.UnionWith(order.Isolation(end));
        var pending = steps.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => s.Value.Select(step => (Host: s.Key, Step: step))).ToList();
        var done = steps.Keys.ToDictionary(h => h, _ => new List<PatchStep>(), StringComparer.Ordinal);
        var unsafeSteps = new List<UnsafeStep>();
        var moved = new List<MovedStep>();
        while (pending.Count > 0)
        {
            ImmutableArray<Finding>? firstOpens = null;
            var chosen = -1;
            for (var c = 0; c < pending.Count && c < Window; c++)
            {
                if (c > 0 && !order.MayGoFirst(pending, c))
                {
                    continue;
                }

                var opens = order.Opens(pending[c].Host, pending[c].Step, allowed);
                if (opens.IsEmpty)
                {
                    chosen = c;
                    break;
                }

                firstOpens ??= opens;
            }

            if (chosen < 0)
            {
                chosen = 0;
                unsafeSteps.Add(new UnsafeStep(pending[0].Host, direction, done[pending[0].Host].Count + 1, pending[0].Step.Title, firstOpens ?? []));
            }
            else if (chosen > 0)
            {
                moved.Add(new MovedStep(pending[chosen].Host, direction, done[pending[chosen].Host].Count + 1, pending[chosen].Step.Title,
                    Texts.Format("MovedWhy", pending[0].Host, pending[0].Step.Title, string.Join("; ", (firstOpens ?? []).Select(f => $"{f.Property}: {f.Message}")))));
            }

            var (host, step) = pending[chosen];
            order.Commit(host, step);
            done[host].Add(step);
            pending.RemoveAt(chosen);
        }

        return (done.ToDictionary(d => d.Key, d => d.Value.ToImmutableArray(), StringComparer.Ordinal), unsafeSteps, moved, order.Verified);
    }

    /// <summary>The step's own text: its commands inside the section, without entering or leaving configuration mode.</summary>
    public static string StepText(Dialect dialect, PatchStep step)
    {
        var text = new System.Text.StringBuilder();
        PatchText.Step(text, dialect.PatchRules, step);
        return text.ToString();
    }

    /// <summary>A step may be typed before the first pending one unless an earlier pending step of its own device comes first in the table.</summary>
    private bool MayGoFirst(List<(string Host, PatchStep Step)> pending, int candidate)
    {
        var (host, step) = pending[candidate];
        var rules = devices[host].Dialect.PatchRules;
        var key = (step.Removal, rules.Rank(step.Subject));
        return !pending.Take(candidate).Any(p => p.Host == host && (p.Step.Removal, rules.Rank(p.Step.Subject)) != key);
    }

    private ImmutableArray<Finding> Opens(string host, PatchStep step, HashSet<(string, string)> allowed)
    {
        var (dialect, tree) = devices[host];
        var copy = tree.Select(n => n.Clone()).ToList();
        PatchSimulator.Apply(dialect, copy, StepText(dialect, step));
        var after = new Dictionary<string, DeviceFacts>(facts, StringComparer.Ordinal) { [host] = Parse(host, dialect, copy) };
        Verified++;
        return [.. Verifier.Run(context, after, []).Findings.Where(f => IsIsolation(f) && !allowed.Contains((f.Property, f.Message)))];
    }

    private void Commit(string host, PatchStep step)
    {
        var (dialect, tree) = devices[host];
        PatchSimulator.Apply(dialect, tree, StepText(dialect, step));
        facts[host] = Parse(host, dialect, tree);
    }

    private HashSet<(string, string)> Isolation(IReadOnlyDictionary<string, DeviceFacts> state)
    {
        Verified++;
        return [.. Verifier.Run(context, state, []).Findings.Where(IsIsolation).Select(f => (f.Property, f.Message))];
    }

    private DeviceFacts Parse(string host, Dialect dialect, List<PatchNode> tree) =>
        dialect.Parse(PatchNode.Render(tree, dialect.PatchRules.Comment), $"{Label}/{host}.cfg");

    private static bool IsIsolation(Finding finding) => finding.Property is "P1" or "P2";
}
