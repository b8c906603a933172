using System.Text.Json;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_one_json_schema_with_a_definition_per_file_kind()
    {
        var outcome = Netcode.Run(Path.GetTempPath(), "schema");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var definitions = json.RootElement.GetProperty("$defs");
        Assert.Equal(["network", "unit", "services", "flows", "hosts", "device", "collection"], definitions.EnumerateObject().Select(p => p.Name));
        var device = definitions.GetProperty("device");
        Assert.False(device.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            ["huawei-vrp", "h3c-comware", "cisco-ios"],
            device.GetProperty("properties").GetProperty("vendor").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_kind_prints_one_standalone_schema_for_that_file_kind()
    {
        var outcome = Netcode.Run(Path.GetTempPath(), "schema", "--kind", "unit");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("urn:govnet-netcode:policy-format:v1:unit", root.GetProperty("$id").GetString());
        Assert.Equal("object", root.GetProperty("type").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["id", "title", "segments"], root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(root.TryGetProperty("anyOf", out _));
    }

    [Fact]
    public void Schema_out_writes_one_file_per_kind_equal_to_its_kind_output()
    {
        var folder = Directory.CreateTempSubdirectory("netcode-schemas-");
        try
        {
            var target = Path.Combine(folder.FullName, ".vscode", "schemas");
            var outcome = Netcode.Run(folder.FullName, "schema", "--out", ".vscode/schemas");
            Assert.True(outcome.ExitCode == 0, outcome.StandardError);
            Assert.Equal("schema: wrote 7 schema files into .vscode/schemas/\n", outcome.StandardOutput.ReplaceLineEndings("\n"));
            Assert.Equal(
                ["netcode.collection.schema.json", "netcode.device.schema.json", "netcode.flows.schema.json", "netcode.hosts.schema.json", "netcode.network.schema.json", "netcode.services.schema.json", "netcode.unit.schema.json"],
                Directory.EnumerateFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var kind in JsonSchemaWriter.Kinds)
            {
                Assert.Equal(Netcode.Run(folder.FullName, "schema", "--kind", kind).StandardOutput, File.ReadAllText(Path.Combine(target, JsonSchemaWriter.FileName(kind))));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("schema", "--kind", "units-file")]
    [InlineData("schema", "--kind", "unit", "--out", "x")]
    public void A_wrong_kind_or_kind_with_out_is_exit_2(params string[] arguments)
    {
        Assert.Equal(2, Netcode.Run(Path.GetTempPath(), arguments).ExitCode);
    }

    /// <summary>The settings.json snippet in README.md maps every kind's file to that kind's files, so it can be pasted as it is.</summary>
    [Fact]
    public void The_readme_vs_code_snippet_maps_every_kind_to_its_files()
    {
        var readme = File.ReadAllText(Path.Combine(NetcodeProcess.RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("```json\n{\n  \"yaml.schemas\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no yaml.schemas snippet");
        var end = readme.IndexOf("```", start + 7, StringComparison.Ordinal);
        using var snippet = JsonDocument.Parse(readme[(start + 7)..end]);
        var mapping = snippet.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        var expected = GovNet.NetCode.Load.Schema.PolicyShapes.Files.ToDictionary(f => "./.vscode/schemas/" + JsonSchemaWriter.FileName(f.Name), f => (string?)f.Glob);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), mapping.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_output_is_deterministic()
    {
        Assert.Equal(JsonSchemaWriter.Write(), JsonSchemaWriter.Write());
    }

    /// <summary>Every key the example network uses is a property the schema declares, so editors accept the example.</summary>
    [Fact]
    public void The_schema_declares_every_key_the_example_uses()
    {
        using var json = JsonDocument.Parse(JsonSchemaWriter.Write());
        var declared = new HashSet<string>(StringComparer.Ordinal);
        Collect(json.RootElement, declared);
        var root = NetcodeProcess.RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "policy"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "inventory", "devices"), "*.yaml"))
            .Append(Path.Combine(root, "inventory", "collection.yaml"));
        var used = files.SelectMany(File.ReadAllLines)
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"(?:^\s*-?\s*|[{,]\s*)([a-z][a-z_-]*):\s").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Empty(used.Except(declared).Except(MapKeysOfExample()));
    }

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "properties")
                {
                    names.UnionWith(property.Value.EnumerateObject().Select(p => p.Name));
                }

                Collect(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, names);
            }
        }
    }

    /// <summary>User-chosen names (planes, zones, services, upstreams) are map keys, not schema properties.</summary>
    private static IEnumerable<string> MapKeysOfExample()
    {
        var result = GovNet.NetCode.Validate.PolicyValidator.Run(NetcodeProcess.RepositoryRoot(), MiniRepo.Today);
        var model = result.Model!;
        return model.Network.Planes.Select(p => p.Name.Value)
            .Concat(model.Network.Zones.Select(z => z.Name.Value))
            .Concat(model.Services.Select(s => s.Name.Value))
            .Concat(model.Network.Planes.SelectMany(p => p.Upstreams).Select(u => u.Name.Value));
    }
}
