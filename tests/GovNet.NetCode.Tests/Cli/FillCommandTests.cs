using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary><c>netcode fill</c>: placeholders filled from the environment to stdout or a file outside build/, or nothing written (exit 2).</summary>
public sealed class FillCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netcode-fill-").FullName;

    // A variable of this test alone, so tests running beside it never see or set it.
    private readonly string variable = "NETCODE_SECRET_FILLTEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    public FillCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "build", "configs"));
        File.WriteAllText(Path.Combine(folder, "build", "configs", "X.cfg"), $"sysname X\n#\naaa\n local-user netcode-admin password irreversible-cipher ${{{variable}}}\nreturn\n");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(variable, null);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_filled_config_goes_to_standard_output()
    {
        Environment.SetEnvironmentVariable(variable, "Zq9-cli-VALUE");

        var outcome = Netcode.Run(folder, "fill", "--in", "build/configs/X.cfg");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal("sysname X\n#\naaa\n local-user netcode-admin password irreversible-cipher Zq9-cli-VALUE\nreturn\n", outcome.StandardOutput);
    }

    [Fact]
    public void A_file_outside_build_is_written_whole_and_for_its_owner_only()
    {
        Environment.SetEnvironmentVariable(variable, "Zq9-cli-VALUE");
        var target = Path.Combine(folder, "deploy", "X.cfg");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var outcome = Netcode.Run(folder, "fill", "--in", "build/configs/X.cfg", "--out", "deploy/X.cfg");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains("irreversible-cipher Zq9-cli-VALUE\n", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.DoesNotContain("Zq9", outcome.StandardOutput + outcome.StandardError, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        }
    }

    [Fact]
    public void A_missing_variable_names_the_placeholder_and_position_exits_2_and_writes_nothing()
    {
        var target = Path.Combine(folder, "X.cfg");

        var outcome = Netcode.Run(folder, "fill", "--in", "build/configs/X.cfg", "--out", "X.cfg");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"build/configs/X.cfg:4:56: error NC6150: secret placeholder ${{{variable}}} cannot be filled", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("nothing was written", outcome.StandardError, StringComparison.Ordinal);
        Assert.Empty(outcome.StandardOutput);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.EnumerateFiles(folder));
    }

    [Fact]
    public void A_target_inside_build_is_refused()
    {
        Environment.SetEnvironmentVariable(variable, "Zq9-cli-VALUE");

        var outcome = Netcode.Run(folder, "fill", "--in", "build/configs/X.cfg", "--out", "build/filled/X.cfg");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("inside a build folder", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "build", "filled")));
    }
}
