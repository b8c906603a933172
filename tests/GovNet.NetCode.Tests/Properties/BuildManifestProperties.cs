using System.Collections.Immutable;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Properties;

/// <summary>
/// The manifest is written straight into UTF-8; it must be the text the node tree it replaced gave, on
/// any names, including quotes, backslashes, controls, line and paragraph separators and characters
/// outside the basic plane, which the escaping decides.
/// </summary>
public sealed class BuildManifestProperties
{
    /// <summary>The manifest as it was made before: a node tree, a string, its line ends made LF.</summary>
    private static string ByNodeTree(string network, ImmutableArray<CompiledConfig> configs)
    {
        var devices = new JsonArray();
        foreach (var config in configs.OrderBy(c => c.Hostname, StringComparer.Ordinal))
        {
            devices.Add((JsonNode)new JsonObject
            {
                ["hostname"] = config.Hostname,
                ["vendor"] = config.Vendor,
                ["file"] = $"{BuildWriter.ConfigsFolder}/{config.FileName}",
                ["sha256"] = config.Sha256,
                ["sources"] = new JsonArray([.. config.Sources.Select(s => (JsonNode)JsonValue.Create(s))]),
            });
        }

        var manifest = new JsonObject { ["network"] = network, ["devices"] = devices };
        return manifest.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }

    private static readonly char[] Awkward = ['"', '\\', '/', '\n', '\r', '\t', '\f', '\u0085', '\u2028', '\u2029', '<', '&', '\'', '+', '中', '〔', 'é', '\u0000', '\u007f', '\ufeff'];

    private static Gen<string> Text() =>
        Gen.OneOf(
            Gen.Elements(Awkward),
            Gen.Choose('a', 'z').Select(c => (char)c),
            Gen.Choose(0x20, 0xd7ff).Select(c => (char)c))
        .ListOf()
        .Select(chars => new string([.. chars]))
        .SelectMany(s => Gen.Elements(s, s + "\ud83d\ude00", "\ud840\udc00" + s));

    private static Gen<CompiledConfig> Config() =>
        from host in Text()
        from vendor in Text()
        from hash in Text()
        from sources in Text().ListOf()
        select new CompiledConfig(host, vendor, "", hash, [.. sources]);

    [Property(MaxTest = 300)]
    public Property The_manifest_written_as_utf8_is_the_node_trees_text() =>
        Prop.ForAll(Arb.From(Text()), Arb.From(Config().ListOf()), (network, configs) =>
        {
            ImmutableArray<CompiledConfig> all = [.. configs];
            Assert.Equal(ByNodeTree(network, all), BuildWriter.Manifest(network, all));
        });

    [Fact]
    public void The_example_and_the_scenario_sized_manifests_are_the_node_trees_text()
    {
        var configs = CompileHarness.CompileClean(CompileHarness.Model(NetcodeProcess.RepositoryRoot()));
        Assert.Equal(ByNodeTree("example", configs), BuildWriter.Manifest("example", configs));
        ImmutableArray<CompiledConfig> many = [.. Enumerable.Range(0, 3000).Select(i => configs[i % configs.Length] with { Hostname = $"H{i:D5}" })];
        Assert.Equal(ByNodeTree("many", many), BuildWriter.Manifest("many", many));
    }
}
