using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovNet.NetCode.Load.Schema;

/// <summary>
/// Prints the <see cref="PolicyShapes"/> as JSON Schema (draft 2020-12): one schema per file kind,
/// which an editor maps to that kind's files, or all of them in one document with a definition per
/// kind.
/// </summary>
public static class JsonSchemaWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<string> Kinds => PolicyShapes.Files.Select(f => f.Name);

    /// <summary>The file name a kind's schema is written to: <c>netcode.unit.schema.json</c>.</summary>
    public static string FileName(string kind) => $"netcode.{kind}.schema.json";

    public static string Write()
    {
        var definitions = new JsonObject();
        var any = new JsonArray();
        foreach (var (name, glob, shape) in PolicyShapes.Files)
        {
            var schema = ToJson(shape);
            schema["$comment"] = Caption.Format("AppliesTo", glob);
            definitions[name] = schema;
            any.Add((JsonNode)new JsonObject { ["$ref"] = $"#/$defs/{name}" });
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:govnet-netcode:policy-format:v1",
            ["title"] = Caption.Get("SchemaTitle"),
            ["description"] = Caption.Get("SchemaDescription"),
            ["anyOf"] = any,
            ["$defs"] = definitions,
        };
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>The schema of one file kind on its own (a name of <see cref="Kinds"/>).</summary>
    public static string WriteKind(string kind)
    {
        var (name, glob, shape) = PolicyShapes.Files.Single(f => f.Name == kind);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:govnet-netcode:policy-format:v1:{name}",
            ["title"] = Caption.Format("SchemaKindTitle", shape.Description.Text, glob),
        };
        foreach (var (key, value) in ToJson(shape))
        {
            schema[key] = value?.DeepClone();
        }

        return schema.ToJsonString(Options) + "\n";
    }

    private static JsonObject ToJson(Shape shape)
    {
        var json = shape switch
        {
            ObjectShape obj => new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject(obj.Fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)ToJson(f.Shape)))),
                ["required"] = new JsonArray([.. obj.Fields.Where(f => f.Required).Select(f => (JsonNode)JsonValue.Create(f.Name))]),
                ["additionalProperties"] = false,
            },
            MapShape map => new JsonObject
            {
                ["type"] = "object",
                ["propertyNames"] = new JsonObject { ["pattern"] = Formats.IdentifierPattern },
                ["additionalProperties"] = ToJson(map.Values),
            },
            ListShape list => new JsonObject { ["type"] = "array", ["items"] = ToJson(list.Items) },
            ScalarShape { Allowed.IsEmpty: false } words => new JsonObject
            {
                ["enum"] = new JsonArray([.. words.Allowed.Select(w => (JsonNode)JsonValue.Create(w))]),
            },
            ScalarShape scalar => Scalar(scalar.Format),
            EitherShape either => new JsonObject { ["oneOf"] = new JsonArray([.. either.Options.Select(o => (JsonNode)ToJson(o))]) },
            _ => throw new InvalidOperationException($"unknown shape {shape.GetType().Name}"),
        };
        json["description"] = shape.Description.Text;
        return json;
    }

    private static JsonObject Scalar(ValueFormat format) => format switch
    {
        ValueFormat.Integer => new JsonObject { ["type"] = "integer" },
        ValueFormat.Text => new JsonObject { ["type"] = "string", ["maxLength"] = Formats.MaxTextLength },
        ValueFormat.Identifier => Pattern(Formats.IdentifierPattern, Formats.MaxIdentifierLength),
        ValueFormat.Hostname => Pattern(Formats.HostnamePattern, 63),
        ValueFormat.Date => Pattern(Formats.DatePattern),
        ValueFormat.Ipv4Address => Pattern(Formats.Ipv4Pattern),
        ValueFormat.Ipv4Prefix or ValueFormat.InterfaceAddress => Pattern(Formats.PrefixPattern),
        ValueFormat.SegmentName => Pattern(Formats.SegmentPattern),
        ValueFormat.ServicePort => Pattern("^(ip|icmp|(tcp|udp)/[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*)$"),
        ValueFormat.FlowRule => Pattern("^(permit|deny) (ip|tcp|udp|icmp)(/[0-9,-]+)? from \\S+ to \\S+$"),
        ValueFormat.MacAddress => Pattern("^([0-9A-Fa-f]{4}[-.][0-9A-Fa-f]{4}[-.][0-9A-Fa-f]{4}|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5})$"),
        ValueFormat.HostPort => Pattern("^[A-Za-z0-9-]+:\\S+$"),
        ValueFormat.Link => Pattern("^(internet|upstream:[a-z0-9-]+|[A-Za-z0-9-]+:\\S+)$"),
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Pattern(string pattern, int? maxLength = null)
    {
        var json = new JsonObject { ["type"] = "string", ["pattern"] = pattern };
        if (maxLength is { } max)
        {
            json["maxLength"] = max;
        }

        return json;
    }
}
