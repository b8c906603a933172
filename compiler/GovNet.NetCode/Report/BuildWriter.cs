using System.Buffers;
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
                var folder = Directory.CreateDirectory(Path.Combine(staging, ConfigsFolder)).FullName;
                foreach (var config in configs)
                {
                    WriteNew(Path.Combine(folder, config.FileName), config.Text);
                }

                WriteNew(Path.Combine(staging, ManifestFile), Manifest(network, configs));
            });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputNotWritten, SourceSpan.StartOf(outDirectory), Messages.Format("BuildNotWritten", outDirectory, e.Message));
            return false;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (no byte-order mark) into a file that must not exist yet: the
    /// staging folder is fresh, so one open, one write and one close do, with no truncation, no
    /// preallocation and no buffered stream.
    /// </summary>
    private static void WriteNew(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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
