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
        Assert.Equal(["network", "unit", "services", "flows", "device", "collection"], definitions.EnumerateObject().Select(p => p.Name));
        var device = definitions.GetProperty("device");
        Assert.False(device.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            ["huawei-vrp", "h3c-comware", "cisco-ios"],
            device.GetProperty("properties").GetProperty("vendor").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
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
