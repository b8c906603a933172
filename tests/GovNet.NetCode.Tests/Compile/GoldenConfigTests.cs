using GovNet.NetCode.Load;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The example network's configs as netcode compile writes them (with inventory/acl-numbers.txt), byte
/// for byte, and that number file itself. A difference writes <c>NAME.actual</c> beside the golden file
/// and fails; <c>NETCODE_ACCEPT_GOLDEN=1 dotnet test</c> accepts the new output.
/// </summary>
public sealed class GoldenConfigTests
{
    private static string GoldenFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "tests", "GovNet.NetCode.Tests", "Golden", "example");

    [Fact]
    public void Every_example_device_config_matches_its_golden_file()
    {
        var run = CompileHarness.RunAsNetcode(NetcodeProcess.RepositoryRoot());
        var configs = run.Configs!.Value;
        var expected = configs.Select(c => (File: c.FileName, c.Text))
            .Append((File: BuildWriter.ManifestFile, Text: BuildWriter.Manifest(run.Model!.Network.Name.Value, configs)))
            .ToList();

        var accept = Environment.GetEnvironmentVariable("NETCODE_ACCEPT_GOLDEN") == "1";
        var mismatches = new List<string>();

        // The ACL numbers are part of what compile writes for the example: the committed file must be
        // the one compile would write, or `netcode check` on a fresh clone would change it.
        var numbers = Path.Combine(NetcodeProcess.RepositoryRoot(), AclNumberFile.Path);
        var numbersText = AclNumberFile.Format(run.Numbers!);
        if (accept)
        {
            File.WriteAllText(numbers, numbersText);
        }
        else if (File.ReadAllText(numbers) != numbersText)
        {
            File.WriteAllText(numbers + ".actual", numbersText);
            mismatches.Add(AclNumberFile.Path);
        }
        else
        {
            File.Delete(numbers + ".actual");
        }

        Directory.CreateDirectory(GoldenFolder);
        foreach (var (file, text) in expected)
        {
            var golden = Path.Combine(GoldenFolder, file);
            var actual = golden + ".actual";
            if (accept)
            {
                File.WriteAllText(golden, text);
                File.Delete(actual);
                continue;
            }

            if (!File.Exists(golden) || File.ReadAllText(golden) != text)
            {
                File.WriteAllText(actual, text);
                mismatches.Add(file);
            }
            else
            {
                File.Delete(actual);
            }
        }

        var stale = Directory.EnumerateFiles(GoldenFolder)
            .Select(Path.GetFileName)
            .Where(f => !f!.EndsWith(".actual", StringComparison.Ordinal) && !expected.Any(e => e.File == f))
            .ToList();
        if (accept)
        {
            stale.ForEach(f => File.Delete(Path.Combine(GoldenFolder, f!)));
            return;
        }

        Assert.True(mismatches.Count == 0 && stale.Count == 0,
            $"golden files differ: {string.Join(", ", mismatches)}; no longer produced: {string.Join(", ", stale)}. " +
            "Compare the .actual files; run with NETCODE_ACCEPT_GOLDEN=1 to accept.");
    }

    [Fact]
    public void Every_registered_dialect_has_templates_and_golden_output()
    {
        var goldenVendors = CompileHarness.CompileClean(CompileHarness.Model(NetcodeProcess.RepositoryRoot())).Select(c => c.Vendor).ToHashSet();
        foreach (var dialect in GovNet.NetCode.Dialects.DialectRegistry.All)
        {
            Assert.True(File.Exists(Path.Combine(NetcodeProcess.RepositoryRoot(), "templates", dialect.Id, "config.scriban")), $"templates/{dialect.Id}/config.scriban");
            Assert.Contains(dialect.Id, goldenVendors);
        }
    }
}
