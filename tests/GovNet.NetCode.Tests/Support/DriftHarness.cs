using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Drift on the example network: its compiled configs are the intent, and the same configs with a
/// test's edits are the running configs.
/// </summary>
public static class DriftHarness
{
    /// <summary>One example device per registered dialect, the one with the largest config, with the dialect's id.</summary>
    public static readonly IReadOnlyList<(string Host, string Dialect)> OnePerDialect =
        [.. DialectRegistry.All.Select(d => (DialectSamples.LargestOf(d.Id).Hostname, d.Id))];

    private static readonly Lazy<(PolicyModel Model, ImmutableArray<CompiledConfig> Configs)> Example = new(() =>
    {
        var model = CompileHarness.Model(NetcodeProcess.RepositoryRoot());
        return (model, CompileHarness.CompileClean(model));
    });

    public static ImmutableArray<CompiledConfig> Configs => Example.Value.Configs;

    public static PolicyModel Model => Example.Value.Model;

    public static ModelIndex Context() => new(Model, MiniRepo.Today);

    public static CompiledConfig Config(string host) => Configs.Single(c => c.Hostname == host);

    /// <summary>Drift of the example devices (all, or <paramref name="only"/>) against their own configs changed by <paramref name="edits"/> (host → edit).</summary>
    public static DriftReport Check(IReadOnlyDictionary<string, Func<string, string>>? edits = null, IgnorePatterns? ignore = null, IEnumerable<string>? only = null)
    {
        var hosts = only?.ToHashSet(StringComparer.Ordinal);
        var intended = hosts is null ? Configs : [.. Configs.Where(c => hosts.Contains(c.Hostname))];
        var running = intended.Select(c => new RunningConfig(
            c.Hostname,
            edits is not null && edits.TryGetValue(c.Hostname, out var edit) ? edit(c.Text) : c.Text,
            "test"));
        return DriftCheck.Run(Context(), intended, new CollectionResult([.. running], []), ignore ?? IgnorePatterns.None);
    }

    public static DriftReport CheckOne(string host, Func<string, string> edit, IgnorePatterns? ignore = null) =>
        Check(new Dictionary<string, Func<string, string>> { [host] = edit }, ignore, [host]);

    /// <summary>Replaces the first occurrence, which must exist, so a stale test fails loudly.</summary>
    public static string ReplaceFirst(string text, string oldText, string newText)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' does not occur in the config");
        return string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
    }

    /// <summary>Inserts lines just before the final <c>return</c>/<c>end</c>, where a device would show a new top-level command.</summary>
    public static string InsertBeforeEnd(string text, string lines)
    {
        var trimmed = text.TrimEnd('\n');
        var at = trimmed.LastIndexOf('\n') + 1;
        return trimmed[..at] + lines.TrimEnd('\n') + "\n" + trimmed[at..] + "\n";
    }
}
