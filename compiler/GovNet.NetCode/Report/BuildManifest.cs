using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Report;

/// <summary>
/// A build's <c>manifest.json</c>: every config in hostname order with its vendor, file, SHA-256 and sources.
/// Written straight into UTF-8, with the indentation and escaping of <see cref="DiagnosticWriter.JsonOptions"/>
/// and LF line ends, rather than built as a tree of nodes, turned into a string and encoded again: for two
/// thousand devices that was some 30 MiB of garbage on the one core left busy after rendering.
/// </summary>
internal static class BuildManifest
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = DiagnosticWriter.JsonOptions.WriteIndented,
        Encoder = DiagnosticWriter.JsonOptions.Encoder,
        NewLine = "\n",
    };

    public static ReadOnlyMemory<byte> Utf8(string network, ImmutableArray<CompiledConfig> configs)
    {
        // About 1 KB a device; the buffer grows if a device has many sources.
        var buffer = new ArrayBufferWriter<byte>(1024 + (configs.Length * 1024));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("network", network);
            json.WriteStartArray("devices");
            foreach (var config in configs.OrderBy(c => c.Hostname, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("hostname", config.Hostname);
                json.WriteString("vendor", config.Vendor);
                json.WriteString("file", $"{BuildWriter.ConfigsFolder}/{config.FileName}");
                json.WriteString("sha256", config.Sha256);
                json.WriteStartArray("sources");
                foreach (var source in config.Sources)
                {
                    json.WriteStringValue(source);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }
}
