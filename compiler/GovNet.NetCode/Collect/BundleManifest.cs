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

    public const string ObservedFolder = "observed";

    public static string PathOf(string hostname) => $"{ConfigFolder}/{hostname}.cfg";

    public static string ObservedPathOf(string hostname) => $"{ObservedFolder}/{hostname}.txt";
}

public sealed record BundleFile(
    [property: JsonPropertyName("hostname")] string Hostname,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("observed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BundleObserved? Observed = null);

/// <summary>The device's observed state (LLDP, MAC and ARP tables) pulled with its config; absent in bundles of older collectors.</summary>
public sealed record BundleObserved(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256);

public sealed record BundleFailure(
    [property: JsonPropertyName("hostname")] string Hostname,
    [property: JsonPropertyName("reason")] string Reason);
