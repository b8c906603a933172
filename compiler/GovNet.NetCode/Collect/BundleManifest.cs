using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace GovNet.NetCode.Collect;

/// <summary>manifest.json of an offline bundle: which plane, when, and each config with its SHA-256.</summary>
public sealed record BundleManifest(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("plane")] string Plane,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("files")] ImmutableArray<BundleFile> Files,
    [property: JsonPropertyName("failures")] ImmutableArray<BundleFailure> Failures)
{
    public const string FormatId = "netcode-bundle/1";
    public const string ManifestName = "manifest.json";
    public const string ConfigFolder = "configs";

    public static string PathOf(string hostname) => $"{ConfigFolder}/{hostname}.cfg";
}

public sealed record BundleFile(
    [property: JsonPropertyName("hostname")] string Hostname,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("source")] string Source);

public sealed record BundleFailure(
    [property: JsonPropertyName("hostname")] string Hostname,
    [property: JsonPropertyName("reason")] string Reason);
