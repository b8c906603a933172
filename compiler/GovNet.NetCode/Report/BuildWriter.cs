using System.Collections.Immutable;
using System.Text;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Report;

/// <summary>
/// Writes <c>configs/&lt;HOSTNAME&gt;.cfg</c> and <c>manifest.json</c> into a fresh sibling folder and
/// only then moves it into place (<see cref="StagedBuild"/>), so a failed run never leaves a half-written build behind.
/// </summary>
public static class BuildWriter
{
    public const string ConfigsFolder = "configs";
    public const string ManifestFile = "manifest.json";

    /// <summary>Writes <paramref name="configs"/> and their manifest as one build; false after reporting why it could not.</summary>
    public static bool Write(string outDirectory, string network, ImmutableArray<CompiledConfig> configs, DiagnosticBag diagnostics)
    {
        using var build = new StagedBuild(outDirectory);
        return build.Commit(network, configs, diagnostics);
    }

    /// <summary>
    /// Writes <paramref name="utf8"/> into a file that must not exist yet: the staging folder is fresh, so
    /// one open, one write and one close do, with no truncation, no preallocation and no buffered stream.
    /// When the previous build's file already holds exactly these bytes, the new file is a second name for
    /// it instead (<see cref="HardLink"/>): the file system then neither allocates nor, when the previous
    /// build is removed, frees anything for it, which for a rebuild that changes few configs is most of the
    /// cost of writing.
    /// </summary>
    internal static void WriteNew(string path, ReadOnlySpan<byte> utf8, string? previous)
    {
        if (previous is not null && HardLink.Available && Same(previous, utf8) && HardLink.TryCreate(previous, path))
        {
            return;
        }

        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, utf8, 0);
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

            return FileBytes.Hold(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The build's <c>manifest.json</c> (<see cref="BuildManifest"/>).</summary>
    public static string Manifest(string network, ImmutableArray<CompiledConfig> configs) =>
        Encoding.UTF8.GetString(BuildManifest.Utf8(network, configs).Span);
}
