using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>drift(x, x) is empty: for every example device, in every dialect, and through what a device adds when it shows its config.</summary>
public sealed class DriftOfItselfTests
{
    public static TheoryData<string> ExampleDevices() => [.. DriftHarness.Configs.Select(c => c.Hostname)];

    [Theory]
    [MemberData(nameof(ExampleDevices))]
    public void A_config_does_not_drift_from_itself(string host)
    {
        var config = DriftHarness.Config(host);
        var dialect = DialectRegistry.Find(config.Vendor)!;
        Assert.Empty(ConfigComparer.Compare(host, dialect, config.Text, config.Text, IgnorePatterns.None));
    }

    public static TheoryData<string, string> CorpusConfigs()
    {
        var data = new TheoryData<string, string>();
        foreach (var dialect in DialectRegistry.All)
        {
            var folder = RealConfigs.Folder(dialect.Id);
            foreach (var file in (Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : []).Order(StringComparer.Ordinal))
            {
                data.Add(dialect.Id, Path.GetFileName(file));
            }
        }

        return data;
    }

    /// <summary>The real configs of the shared corpus, in each dialect's spelling of ACL rules and numbers.</summary>
    [CorpusTheory]
    [MemberData(nameof(CorpusConfigs))]
    public void A_real_config_does_not_drift_from_itself(string dialectId, string file)
    {
        var text = File.ReadAllText(Path.Combine(RealConfigs.Folder(dialectId), file));

        Assert.Empty(ConfigComparer.Compare(file, DialectRegistry.Find(dialectId)!, text, text, IgnorePatterns.None));
    }

    /// <summary>
    /// A Comware device prints its global commands one space in after each <c>#</c>
    /// (<c>#\n sysname X\n ip route-static …</c>), where the compiled config has them at the margin.
    /// </summary>
    [Fact]
    public void A_comware_device_printing_its_globals_one_space_in_does_not_drift()
    {
        var config = DriftHarness.Configs.First(c => c.Vendor == "h3c-comware");
        var blocks = config.Text.Split("#\n");
        var printed = string.Join("#\n", blocks.Select(b => b.Length > 0 && b.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l[0] != ' ')
            ? string.Join('\n', b.Split('\n').Select(l => l.Length == 0 ? l : " " + l))
            : b));
        Assert.NotEqual(config.Text, printed);
        Assert.Contains("#\n sysname ", printed, StringComparison.Ordinal);

        Assert.Empty(ConfigComparer.Compare(config.Hostname, DialectRegistry.Find(config.Vendor)!, config.Text, printed, IgnorePatterns.None));
    }

    [Fact]
    public void The_whole_example_network_does_not_drift_and_every_dialect_is_covered()
    {
        var report = DriftHarness.Check();
        Assert.False(report.HasDrift, string.Join('\n', GovNet.NetCode.Report.DriftTextWriter.DifferenceLines(report)));
        Assert.Equal(DriftHarness.Configs.Length, report.Devices.Length);
        Assert.Empty(report.NewFindings);
        Assert.Equal(DialectRegistry.All.Select(d => d.Id).Order(), report.Devices.Select(d => d.Vendor).Distinct().Order());
    }

    [Theory]
    [InlineData("huawei-vrp", "!Software Version V200R019C10SPC500\n!Last configuration was updated at 2026-11-24 08:00:01+08:00\n2026-11-24 08:00:00.123\n")]
    [InlineData("h3c-comware", " version 7.1.064, Release 0821P16\n#\n")]
    [InlineData("cisco-ios", "Building configuration...\n\nCurrent configuration : 12345 bytes\n!\n! Last configuration change at 10:00:00 UTC Tue Nov 24 2026 by admin\n! NVRAM config last updated at 10:00:01 UTC Tue Nov 24 2026\nntp clock-period 17179865\nTue Nov 24 10:00:02.123 UTC\n")]
    public void Volatile_lines_and_folded_whitespace_are_not_drift(string dialectId, string preamble)
    {
        var host = DriftHarness.OnePerDialect.Single(d => d.Dialect == dialectId).Host;
        var intended = DriftHarness.Config(host).Text;
        var running = preamble + intended.Replace(" description ", " description   ", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Empty(ConfigComparer.Compare(host, DialectRegistry.Find(dialectId)!, intended, running, IgnorePatterns.None));
    }

    [Theory]
    [InlineData("huawei-vrp", "local-user admin password irreversible-cipher %^%#AAAA1111%^%#", "local-user admin password irreversible-cipher %^%#BBBB2222%^%#")]
    [InlineData("huawei-vrp", "snmp-agent community read cipher %@%#AAAA1111%@%#", "snmp-agent community read cipher %@%#BBBB2222%@%#")]
    [InlineData("h3c-comware", "local-user admin class manage\n password hash $h$6$AAAA1111", "local-user admin class manage\n password hash $h$6$BBBB2222")]
    [InlineData("h3c-comware", "hwtacacs scheme x\n key authentication cipher $c$3$AAAA1111", "hwtacacs scheme x\n key authentication cipher $c$3$BBBB2222")]
    [InlineData("cisco-ios", "enable secret 9 $9$AAAA1111", "enable secret 9 $9$BBBB2222")]
    [InlineData("cisco-ios", "username admin password 7 0822455D0A16", "username admin password 7 13061E010803")]
    public void A_secret_that_was_only_re_encrypted_is_not_drift(string dialectId, string intendedLines, string runningLines)
    {
        var host = DriftHarness.OnePerDialect.Single(d => d.Dialect == dialectId).Host;
        var config = DriftHarness.Config(host).Text;
        var differences = ConfigComparer.Compare(host, DialectRegistry.Find(dialectId)!,
            DriftHarness.InsertBeforeEnd(config, intendedLines), DriftHarness.InsertBeforeEnd(config, runningLines), IgnorePatterns.None);
        Assert.Empty(differences);
    }
}
