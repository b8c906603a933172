using System.Collections.Concurrent;
using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Render;

namespace GovNet.NetCode.Report;

/// <summary>
/// A build written while it renders: each config goes into a staging folder beside the output folder as
/// soon as it is rendered (<see cref="Take"/>, on the rendering threads), and <see cref="Commit"/> then
/// writes the manifest and moves the folder into place once. Until then the output folder is untouched;
/// disposing a build that was not committed removes its staging folder, so a run that fails anywhere,
/// a late device's template included, leaves neither a half-written build nor a staging folder.
/// </summary>
public sealed class StagedBuild : IRenderedConfigSink, IDisposable
{
    private readonly string outDirectory;
    private readonly StagingFolder staging;
    private readonly Lazy<string> configsFolder;

    /// <summary>The previous build's configs folder, when there is one to reuse unchanged files from.</summary>
    private readonly string? previous;

    /// <summary>Every config written so far, with the error writing it met (null when written).</summary>
    private readonly ConcurrentDictionary<string, Exception?> taken = new(StringComparer.Ordinal);

    public StagedBuild(string outDirectory)
    {
        this.outDirectory = outDirectory;
        staging = new StagingFolder(outDirectory);

        // Made by the first config rendered, so a run that stops before rendering creates nothing; a
        // failure to make it is kept and met again by every config, then reported as the first one's.
        configsFolder = new Lazy<string>(() =>
        {
            staging.Create();
            return Directory.CreateDirectory(Path.Combine(staging.Path, BuildWriter.ConfigsFolder)).FullName;
        });

        // Looked for once: into a fresh output folder, no config has an old copy to compare with.
        var previousConfigs = Path.Combine(outDirectory, BuildWriter.ConfigsFolder);
        previous = Directory.Exists(previousConfigs) ? previousConfigs : null;
    }

    public void Take(string fileName, ReadOnlySpan<byte> utf8) => taken[fileName] = TryWrite(fileName, utf8);

    /// <summary>
    /// Writes what is not yet written of <paramref name="configs"/> and the manifest, then moves the build
    /// into place; false after reporting the first config's error in their order (or the folder's), as
    /// writing them one after another would have. <paramref name="before"/>, when given, runs before anything
    /// is written (while the manifest is made on another core): when it fails, nothing is, and nothing reported.
    /// </summary>
    public bool Commit(string network, ImmutableArray<CompiledConfig> configs, DiagnosticBag diagnostics, Func<bool>? before = null)
    {
        var manifest = Task.Run(() => BuildManifest.Utf8(network, configs));
        if (before is not null && !before())
        {
            return false;
        }

        try
        {
            var folder = configsFolder.Value;
            var failures = new FirstFailure();
            Parallel.For(0, configs.Length, i =>
            {
                var config = configs[i];
                if ((taken.TryGetValue(config.FileName, out var failure) ? failure : TryWrite(config.FileName, config.Text)) is { } met)
                {
                    failures.Note(i, met);
                }
            });

            failures.ThrowIfAny();

            // Only configs of this build go into it, whatever else was handed over while rendering.
            var names = configs.Select(c => c.FileName).ToHashSet(StringComparer.Ordinal);
            foreach (var stray in taken.Keys.Where(n => !names.Contains(n)))
            {
                File.Delete(Path.Combine(folder, stray));
            }

            BuildWriter.WriteNew(Path.Combine(staging.Path, BuildWriter.ManifestFile), manifest.GetAwaiter().GetResult().Span, previous: null);
            staging.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputNotWritten, SourceSpan.StartOf(outDirectory), Messages.Format("BuildNotWritten", outDirectory, e.Message));
            return false;
        }
    }

    public void Dispose() => staging.Dispose();

    /// <summary>A config not handed over while rendering, encoded as rendering encodes them.</summary>
    private Exception? TryWrite(string fileName, string text) => PooledUtf8.With(text, utf8 => TryWrite(fileName, utf8));

    private Exception? TryWrite(string fileName, ReadOnlySpan<byte> utf8)
    {
        try
        {
            BuildWriter.WriteNew(Path.Combine(configsFolder.Value, fileName), utf8, previous is null ? null : Path.Combine(previous, fileName));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
    }
}
