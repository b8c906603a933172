namespace GovNet.NetCode.Cli;

/// <summary>
/// Finds the policy repository a run means when no <c>--repo</c> is given, as Git finds its
/// repository: from the current folder upwards. A folder holding both policy/ and inventory/ is the
/// root. The walk stops at the first folder holding only one of them, a .git, or that is a bare Git
/// repository itself, and takes that folder, so a half-made repository or a Git repository without
/// policy is reported as such instead of silently using a policy repository further up.
/// </summary>
internal static class RepositoryDiscovery
{
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var policy = Directory.Exists(Path.Combine(folder.FullName, "policy"));
            var inventory = Directory.Exists(Path.Combine(folder.FullName, "inventory"));
            if (policy || inventory || Path.Exists(Path.Combine(folder.FullName, ".git")) || IsBareGitRepository(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return start;
    }

    private static bool IsBareGitRepository(string folder) =>
        File.Exists(Path.Combine(folder, "HEAD")) && Directory.Exists(Path.Combine(folder, "objects")) && Directory.Exists(Path.Combine(folder, "refs"));
}
