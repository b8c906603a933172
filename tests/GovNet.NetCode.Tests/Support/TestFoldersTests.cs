using Xunit;

namespace GovNet.NetCode.Tests.Support;

public sealed class TestFoldersTests
{
    [Fact]
    public void The_verify_harness_builds_inside_the_runs_own_folder_which_is_removed_when_the_run_ends()
    {
        var (_, folder) = VerifyHarness.Compiled(NetcodeProcess.RepositoryRoot());

        Assert.StartsWith(TestFolders.Root + Path.DirectorySeparatorChar, folder, StringComparison.Ordinal);
        Assert.StartsWith(Path.GetTempPath(), TestFolders.Root, StringComparison.Ordinal);
    }
}
