using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Report;

/// <summary>
/// Writes <c>configs/&lt;HOSTNAME&gt;.cfg</c> and <c>manifest.json</c> into a fresh sibling folder and
/// only then moves it into place (<see cref="AtomicFolder"/>), so a failed run never leaves a half-written build behind.
/// </summary>
public static class BuildWriter
{
    public const string ConfigsFolder = "configs";
    public const string ManifestFile = "manifest.json";

    public static bool Write(string outDirectory, string network, ImmutableArray<CompiledConfig> configs, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicFolder.Replace(outDirectory, staging =>
            {
                Directory.CreateDirectory(Path.Combine(staging, ConfigsFolder));
                foreach (var config in configs)
                {
                    File.WriteAllText(Path.Combine(staging, ConfigsFolder, config.FileName), config.Text, new UTF8Encoding(false));
                }

                File.WriteAllText(Path.Combine(staging, ManifestFile), Manifest(network, configs), new UTF8Encoding(false));
            });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputNotWritten, SourceSpan.StartOf(outDirectory), Messages.Format("BuildNotWritten", outDirectory, e.Message));
            return false;
        }
    }

    public static string Manifest(string network, ImmutableArray<CompiledConfig> configs)
    {
        var devices = new JsonArray();
        foreach (var config in configs.OrderBy(c => c.Hostname, StringComparer.Ordinal))
        {
            devices.Add(new JsonObject
            {
                ["hostname"] = config.Hostname,
                ["vendor"] = config.Vendor,
                ["file"] = $"{ConfigsFolder}/{config.FileName}",
                ["sha256"] = config.Sha256,
                ["sources"] = new JsonArray([.. config.Sources.Select(s => (JsonNode)JsonValue.Create(s))]),
            });
        }

        var manifest = new JsonObject { ["network"] = network, ["devices"] = devices };
        return manifest.ToJsonString(DiagnosticWriter.JsonOptions).ReplaceLineEndings("\n") + "\n";
    }
}
