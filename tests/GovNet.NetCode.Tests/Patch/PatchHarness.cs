using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Render;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// Patches on the example network: its compiled configs are the intent, the same configs with a
/// test's edits the running configs (as <see cref="DriftHarness"/> makes them); and the circle a
/// patch must close: typed into the running config it gives the intended facts, its rollback typed
/// after it gives the running facts again.
/// </summary>
public static class PatchHarness
{
    /// <summary>The patch stage over the example devices (all, or <paramref name="only"/>) with <paramref name="edits"/> made to their running configs.</summary>
    public static PatchResult Run(IReadOnlyDictionary<string, Func<string, string>> edits, IEnumerable<string>? only = null, bool verifySteps = true)
    {
        var hosts = only?.ToHashSet(StringComparer.Ordinal);
        var intended = hosts is null ? DriftHarness.Configs : [.. DriftHarness.Configs.Where(c => hosts.Contains(c.Hostname))];
        var running = intended.Select(c => new RunningConfig(c.Hostname, edits.TryGetValue(c.Hostname, out var edit) ? edit(c.Text) : c.Text, "test"));
        return PatchCheck.Run(DriftHarness.Context(), intended, new CollectionResult([.. running], []), IgnorePatterns.None, verifySteps);
    }

    /// <summary>The core–egress link renumbered into a /29 on the devices: whichever end changes first, a route points at an address nobody holds.</summary>
    public static readonly IReadOnlyDictionary<string, Func<string, string>> LinkRenumbered = new Dictionary<string, Func<string, string>>
    {
        ["EXT-CORE-01"] = c => DriftHarness.ReplaceFirst(
            DriftHarness.ReplaceFirst(c, " ip address 10.61.255.1 255.255.255.252\n", " ip address 10.61.255.1 255.255.255.248\n"),
            "ip route-static 0.0.0.0 0.0.0.0 10.61.255.2 ",
            "ip route-static 0.0.0.0 0.0.0.0 10.61.255.6 "),
        ["EXT-EGRESS-01"] = c => DriftHarness.ReplaceFirst(c, " ip address 10.61.255.2 255.255.255.252\n", " ip address 10.61.255.6 255.255.255.248\n"),
    };

    /// <summary>
    /// The patch stage over every example device, the intent each one's compiled config changed by
    /// <paramref name="intent"/> and the running config its compiled config changed by <paramref name="running"/>.
    /// </summary>
    public static PatchResult Network(IReadOnlyDictionary<string, Func<string, string>> intent, IReadOnlyDictionary<string, Func<string, string>> running, bool verifySteps = true)
    {
        var (intended, runningTexts) = Texts(intent, running);
        var configs = DriftHarness.Configs.Select(c => c with { Text = intended[c.Hostname] }).ToImmutableArray();
        var collection = new CollectionResult([.. DriftHarness.Configs.Select(c => new RunningConfig(c.Hostname, runningTexts[c.Hostname], "test"))], []);
        return PatchCheck.Run(DriftHarness.Context(), configs, collection, IgnorePatterns.None, verifySteps);
    }

    /// <summary>Every example device's intended and running text, each its compiled config changed by its edit, if any.</summary>
    public static (Dictionary<string, string> Intended, Dictionary<string, string> Running) Texts(IReadOnlyDictionary<string, Func<string, string>> intent, IReadOnlyDictionary<string, Func<string, string>> running)
    {
        static Dictionary<string, string> Apply(IReadOnlyDictionary<string, Func<string, string>> edits) =>
            DriftHarness.Configs.ToDictionary(c => c.Hostname, c => edits.TryGetValue(c.Hostname, out var edit) ? edit(c.Text) : c.Text, StringComparer.Ordinal);
        return (Apply(intent), Apply(running));
    }

    /// <summary>
    /// Walks one device's <paramref name="steps"/> from <paramref name="start"/> (every device's config
    /// text), verifying the whole network after each step, and returns each step (1-based) with the
    /// isolation findings (P1/P2) it has that neither the start nor <paramref name="end"/> (the
    /// device's config once all is typed) has: empty when the order keeps the planes apart throughout.
    /// Written apart from the patch stage's own check, so a fault there cannot hide here.
    /// </summary>
    public static List<(int Step, Finding Finding)> Opened(string host, IEnumerable<PatchStep> steps, IReadOnlyDictionary<string, string> start, string end)
    {
        var context = DriftHarness.Context();
        var facts = start.ToDictionary(s => s.Key, s => Dialect(s.Key).Parse(s.Value, $"walk/{s.Key}.cfg"), StringComparer.Ordinal);
        HashSet<string> Isolation(IReadOnlyDictionary<string, DeviceFacts> state) =>
            [.. Verifier.Run(context, state, []).Findings.Where(f => f.Property is "P1" or "P2").Select(f => f.Property + " " + f.Message)];
        var allowed = Isolation(facts);
        allowed.UnionWith(Isolation(new Dictionary<string, DeviceFacts>(facts, StringComparer.Ordinal) { [host] = Dialect(host).Parse(end, $"walk/{host}.cfg") }));

        var dialect = Dialect(host);
        var tree = PatchNode.Parse(dialect, start[host], IgnorePatterns.None);
        var opened = new List<(int, Finding)>();
        var number = 0;
        foreach (var step in steps)
        {
            number++;
            PatchSimulator.Apply(dialect, tree, SafeOrder.StepText(dialect, step));
            facts[host] = dialect.Parse(PatchNode.Render(tree, dialect.PatchRules.Comment), $"walk/{host}.cfg");
            opened.AddRange(Verifier.Run(context, facts, []).Findings
                .Where(f => f.Property is "P1" or "P2" && !allowed.Contains(f.Property + " " + f.Message))
                .Select(f => (number, f)));
        }

        return opened;
    }

    private static Dialect Dialect(string host) => DialectRegistry.Find(DriftHarness.Config(host).Vendor)!;

    /// <summary>
    /// The patch of one device whose intent is its compiled config changed by <paramref name="intent"/>
    /// and whose running config is its compiled config changed by <paramref name="running"/>; the
    /// circle is asserted before it is returned.
    /// </summary>
    public static DevicePatch One(string host, Func<string, string> running, Func<string, string>? intent = null)
    {
        var compiled = DriftHarness.Config(host);
        var intended = compiled with { Text = (intent ?? (t => t))(compiled.Text) };
        var runningText = running(compiled.Text);
        var result = PatchCheck.Run(DriftHarness.Context(), [intended], new CollectionResult([new RunningConfig(host, runningText, "test")], []), IgnorePatterns.None, verifySteps: false);
        var patch = Assert.Single(result.Devices);
        AssertCircle(DialectRegistry.Find(compiled.Vendor)!, intended.Text, runningText, patch);
        return patch;
    }

    /// <summary>Types <paramref name="patch"/> into <paramref name="config"/> and returns the config text the device would then show.</summary>
    public static string Typed(Dialect dialect, string config, string patch)
    {
        var tree = PatchNode.Parse(dialect, config, IgnorePatterns.None);
        PatchSimulator.Apply(dialect, tree, patch);
        return PatchNode.Render(tree, dialect.PatchRules.Comment);
    }

    /// <summary>
    /// Asserts the circle: running + patch has the intended facts; running + patch + rollback the
    /// running facts. Patches work on masked configs, so both sides are compared masked.
    /// </summary>
    public static void AssertCircle(Dialect dialect, string intended, string running, DevicePatch patch)
    {
        (intended, running) = (SecretMask.ApplyToText(intended), SecretMask.ApplyToText(running));
        var patched = Typed(dialect, running, patch.PatchText);
        Assert.True(Facts(dialect, patched) == Facts(dialect, intended), Explain("patch", patch.PatchText, Facts(dialect, intended), Facts(dialect, patched)));
        var rolledBack = Typed(dialect, patched, patch.RollbackText);
        Assert.True(Facts(dialect, rolledBack) == Facts(dialect, running), Explain("rollback", patch.RollbackText, Facts(dialect, running), Facts(dialect, rolledBack)));
    }

    private static string Explain(string what, string commands, string expected, string actual)
    {
        var e = expected.Split('\n').ToHashSet();
        var a = actual.Split('\n').ToHashSet();
        return $"{what} does not close the circle.\ncommands:\n{commands}\nexpected only:\n  {string.Join("\n  ", e.Except(a))}\nactual only:\n  {string.Join("\n  ", a.Except(e))}";
    }

    /// <summary>What a config says, without line numbers or sequence numbers (ACL rules in the order the parser evaluates them): two configs with the same summary configure the same thing.</summary>
    public static string Facts(Dialect dialect, string text)
    {
        var facts = dialect.Parse(text, "x.cfg");
        return string.Join('\n', [
            $"hostname {facts.Hostname} routing {facts.Routing}",
            .. facts.Vlans.Select(v => $"vlan {v.Id} {v.Name} {v.Description}").Order(StringComparer.Ordinal),
            .. facts.Interfaces.Select(i => $"interface {i.Name} '{i.Description}' shut={i.Shutdown} {i.Mode} access={i.AccessVlan} trunk={string.Join(",", i.TrunkVlans.Order())} all={i.AllVlans} native={i.NativeVlan} addr={string.Join(",", i.Addresses)} in={i.AclIn} out={i.AclOut} svi={i.SviVlan} lo={i.Loopback}").Order(StringComparer.Ordinal),
            .. facts.Acls.Select(a => $"acl {a.Id}: " + string.Join("; ", a.Rules.Select(Rule))).Order(StringComparer.Ordinal),
            .. facts.Routes.Select(r => $"route {r.Prefix} {r.NextHop} {r.Interface}").Order(StringComparer.Ordinal),
            .. facts.Management.Select(m => $"{m.Kind} {m.Address}").Order(StringComparer.Ordinal),
            .. facts.Unparsed.Select(u => $"unparsed [{u.Section}] {u.Text}").Order(StringComparer.Ordinal),
        ]);
    }

    private static string Rule(AclRuleFact r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Action} {r.Protocol}{r.ProtocolNumber} {r.Source} [{string.Join(",", r.SourcePorts.Ranges)}] {r.Destination} [{string.Join(",", r.DestinationPorts.Ranges)}]{(r.Established ? " established" : string.Empty)}");

    /// <summary>A patch or rollback as typed, without its comments and without entering and leaving configuration mode.</summary>
    public static string Body(string text) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#') && !l.StartsWith('!')).ToArray()[1..^1]);

    public static string[] Titles(IEnumerable<PatchStep> steps) => [.. steps.Select(s => s.Title)];

    public static ImmutableArray<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
