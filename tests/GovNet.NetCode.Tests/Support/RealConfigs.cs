namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// The shared corpus of public third-party configs: <c>shared/corpus/real-configs</c> in a folder
/// above the repository (CI puts shared/ beside the clone). Read in place, never copied into the
/// repository; it may be absent on a machine that has only the repository.
/// </summary>
public static class RealConfigs
{
    private const string RelativePath = "shared/corpus/real-configs";

    /// <summary>The corpus folder, or where it is expected (beside the repository) when it is absent.</summary>
    public static readonly string Root = Find() ?? Path.GetFullPath(Path.Combine(NetcodeProcess.RepositoryRoot(), "..", RelativePath));

    public static bool Present => Directory.Exists(Root);

    /// <summary>Why every corpus test is skipped where the corpus is absent (<see cref="CorpusFactAttribute"/>).</summary>
    public const string AbsentReason = "the real-config corpus is absent: expected shared/corpus/real-configs in a folder above the repository (../shared)";

    /// <summary>One dialect's (or the firewall) folder of the corpus.</summary>
    public static string Folder(string name) => Path.Combine(Root, name);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(NetcodeProcess.RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
