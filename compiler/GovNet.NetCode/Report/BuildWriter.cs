using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
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
            var previous = Path.Combine(outDirectory, ConfigsFolder);
            AtomicFolder.Replace(outDirectory, staging =>
            {
                var folder = Directory.CreateDirectory(Path.Combine(staging, ConfigsFolder)).FullName;
                var manifest = Task.Run(() => Manifest(network, configs));
                WriteAll(folder, previous, configs);
                WriteNew(Path.Combine(staging, ManifestFile), manifest.GetAwaiter().GetResult(), previous: null);
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
    /// Writes every config into <paramref name="folder"/> on all cores: each file is its own, so the order
    /// they are written in changes nothing on disk. When several fail, the first config's error is the one
    /// reported, as when they were written one after another.
    /// </summary>
    private static void WriteAll(string folder, string previous, ImmutableArray<CompiledConfig> configs)
    {
        var failures = new Exception?[configs.Length];
        Parallel.For(0, configs.Length, i =>
        {
            try
            {
                WriteNew(Path.Combine(folder, configs[i].FileName), configs[i].Text, Path.Combine(previous, configs[i].FileName));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });

        if (Array.Find(failures, f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (no byte-order mark) into a file that must not exist yet: the
    /// staging folder is fresh, so one open, one write and one close do, with no truncation, no
    /// preallocation and no buffered stream. When the previous build's file already holds exactly these
    /// bytes, the new file is a second name for it instead (<see cref="HardLink"/>): the file system then
    /// neither allocates nor, when the previous build is removed, frees anything for it, which for a
    /// rebuild that changes few configs is most of the cost of writing.
    /// </summary>
    private static void WriteNew(string path, string text, string? previous)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            if (previous is not null && HardLink.Available && Same(previous, buffer.AsSpan(0, length)) && HardLink.TryCreate(previous, path))
            {
                return;
            }

            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the regular file at <paramref name="path"/> holds exactly <paramref name="bytes"/>; false when it cannot be read.</summary>
    private static bool Same(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            // link() names the symbolic link itself, not its target: a link someone put into the old
            // build must not be carried into the new one, so only a plain file is reused.
            if (new FileInfo(path).LinkTarget is not null)
            {
                return false;
            }

            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0)
                {
                    read += n;
                }

                return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Manifest(string network, ImmutableArray<CompiledConfig> configs)
    {
        var devices = new JsonArray();
        foreach (var config in configs.OrderBy(c => c.Hostname, StringComparer.Ordinal))
        {
            devices.Add((JsonNode)new JsonObject
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
