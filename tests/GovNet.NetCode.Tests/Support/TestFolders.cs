namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Folders a harness hands back to a test without knowing when the test is done with them. They all live
/// under one folder of this test run, removed when the test process ends, so a run leaves one folder at
/// most (when it is killed) in the temporary folder: the verify harnesses once left one per case, 90,000
/// after a few days of runs.
/// </summary>
public static class TestFolders
{
    private static readonly Lazy<string> RunRoot = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("netcode-run-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file still open at exit keeps its folder; the next run does not depend on it.
            }
        };
        return root;
    });

    /// <summary>The folder all of this run's harness folders are made in.</summary>
    public static string Root => RunRoot.Value;

    /// <summary>A new empty folder under <see cref="Root"/>, its name starting with <paramref name="prefix"/>.</summary>
    public static string New(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root, prefix + Guid.NewGuid().ToString("N")[..12])).FullName;
}
