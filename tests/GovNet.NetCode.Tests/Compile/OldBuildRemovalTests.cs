using GovNet.NetCode.Load;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The end of a rebuild: the replaced build is removed on every core once the new one is in place, and
/// the rule-number file is compared as bytes. Neither may lose a file of the new build, leave a folder
/// behind, reach through a link into a folder the build does not own, or change when the numbers count as changed.
/// </summary>
public sealed class OldBuildRemovalTests
{
    private static void WriteBuild(string folder, int configs, string content)
    {
        Directory.CreateDirectory(Path.Combine(folder, BuildWriter.ConfigsFolder));
        for (var i = 0; i < configs; i++)
        {
            File.WriteAllText(Path.Combine(folder, BuildWriter.ConfigsFolder, $"D{i:D4}.cfg"), $"{content} {i}\n");
        }

        File.WriteAllText(Path.Combine(folder, BuildWriter.ManifestFile), content);
    }

    [Fact]
    public void A_rebuild_over_many_configs_lands_whole_and_leaves_no_old_or_staging_folder()
    {
        var parent = TestFolders.New("old-build-");
        var output = Path.Combine(parent, "out");
        WriteBuild(output, 600, "old");
        Directory.CreateDirectory(Path.Combine(output, "extra", "deeper"));
        File.WriteAllText(Path.Combine(output, "extra", "deeper", "note.txt"), "old");

        AtomicFolder.Replace(output, staging => WriteBuild(staging, 500, "new"));

        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(501, files.Count);
        Assert.All(Directory.EnumerateFiles(Path.Combine(output, BuildWriter.ConfigsFolder)),
            f => Assert.StartsWith("new ", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_in_the_old_build_is_removed_as_a_link_and_what_it_points_at_stays()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var parent = TestFolders.New("old-build-link-");
        var elsewhere = Path.Combine(parent, "elsewhere");
        WriteBuild(elsewhere, 20, "keep");
        var output = Path.Combine(parent, "out");
        WriteBuild(output, 20, "old");
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), Path.Combine(elsewhere, BuildWriter.ConfigsFolder));

        AtomicFolder.Replace(output, staging => WriteBuild(staging, 3, "new"));

        Assert.Equal(20, Directory.EnumerateFiles(Path.Combine(elsewhere, BuildWriter.ConfigsFolder)).Count());
        Assert.False(Directory.Exists(Path.Combine(output, "linked")));
        Assert.Equal(["elsewhere", "out"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_number_file_counts_as_unchanged_exactly_when_its_text_is_the_same()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile").ExitCode);
        var path = Path.Combine(root, AclNumberFile.Path);
        var numbers = File.ReadAllText(path);

        var again = Netcode.Run(root, "compile");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain(AclNumberFile.Path, again.StandardOutput, StringComparison.Ordinal);

        // A byte more, or one byte other at the same length (comments and blank lines carry no numbers,
        // so the build is the same): rewritten to the file compile writes.
        foreach (var changed in new[] { numbers + "\n", numbers.Replace("ACL rule numbers", "ACL rule Numbers", StringComparison.Ordinal) })
        {
            File.WriteAllText(path, changed);
            var outcome = Netcode.Run(root, "compile");
            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains(AclNumberFile.Path, outcome.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(numbers, File.ReadAllText(path));
        }
    }
}
