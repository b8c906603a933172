using System.Text.Json.Serialization;

namespace GovNet.NetCode.Collect;

/// <summary>
/// The bundle manifest's JSON contract, generated at build time: a published native netcode has no
/// reflection-based serializer, and the text is the same as the reflection one wrote (indented, default escaping).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(BundleManifest))]
internal sealed partial class BundleJson : JsonSerializerContext;
