using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Adapters.Git;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Report;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>
/// Random secrets written into running configs, in each dialect's secret syntaxes, never reach a
/// report (text, json, markdown, html), a commit message, an archived file or the archive's history.
/// </summary>
public sealed class SecretLeakProperties
{
    internal static readonly IReadOnlyDictionary<string, string[]> Syntaxes = new Dictionary<string, string[]>
    {
        ["huawei-vrp"] =
        [
            "local-user admin password irreversible-cipher {0}",
            "local-user admin password cipher %^%#{0}%^%#",
            "local-user admin password irreversible-cipher $1a${0}$",
            "snmp-agent community read cipher %@%#{0}%@%#",
            "snmp-agent community write {0}",
            "hwtacacs-server shared-key cipher {0}",
            "radius-server shared-key cipher %$%${0}%$%$",
            "ike peer p1\n pre-shared-key cipher {0}",
            "interface Vlanif100\n ospf authentication-mode md5 1 cipher {0}",
        ],
        ["h3c-comware"] =
        [
            "local-user admin class manage\n password hash $h$6${0}",
            "local-user admin class manage\n password cipher $c$3${0}",
            "snmp-agent community read {0}",
            "snmp-agent community write simple {0}",
            "hwtacacs scheme x\n key authentication cipher $c$3${0}",
            "radius scheme r\n key accounting simple {0}",
            "ike keychain k\n pre-shared-key address 0.0.0.0 0.0.0.0 key simple {0}",
        ],
        ["cisco-ios"] =
        [
            "enable secret 9 $9${0}",
            "enable secret 5 $1$ab${0}",
            "username admin privilege 15 secret 8 $8${0}",
            "enable password 7 {0}",
            "username admin password 7 {0}",
            "snmp-server community {0} RO",
            "tacacs-server key 7 {0}",
            "radius-server key {0}",
            "tacacs server T\n key 7 {0}",
            "crypto isakmp key {0} address 0.0.0.0",
            "interface Vlan100\n standby 1 authentication md5 key-string {0}",
            "interface Vlan100\n ip ospf authentication-key 7 {0}",
        ],
    };

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    [Fact]
    public void Random_secrets_never_reach_any_output_or_the_archive()
    {
        var secretGen = Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), 14).Select(c => "Zq" + new string(c));
        var caseGen =
            from device in Gen.Elements(DriftHarness.OnePerDialect.ToArray())
            from picks in Gen.NonEmptyListOf(Gen.Elements(Syntaxes[device.Dialect]))
            from secrets in Gen.ArrayOf(secretGen, picks.Count)
            select (device.Host, Lines: picks.Take(3).Zip(secrets, (syntax, secret) => (Line: string.Format(System.Globalization.CultureInfo.InvariantCulture, syntax, secret), Secret: secret)).ToArray());

        var root = Directory.CreateTempSubdirectory("netcode-secrets-");
        var archive = Path.Combine(root.FullName, "archive");
        var all = new List<string>();
        try
        {
            Prop.ForAll(caseGen.ToArbitrary(), testCase =>
            {
                var running = Path.Combine(root.FullName, "running-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(running);
                var text = DriftHarness.Config(testCase.Host).Text;
                foreach (var (line, _) in testCase.Lines)
                {
                    text = DriftHarness.InsertBeforeEnd(text, line);
                }

                File.WriteAllText(Path.Combine(running, testCase.Host + ".cfg"), text);
                var collection = RunningSources.Load([(running, "running")], DriftHarness.Model, null, new DiagnosticBag())!;
                var report = DriftCheck.Run(DriftHarness.Context(), [DriftHarness.Config(testCase.Host)], collection, IgnorePatterns.None);
                Assert.True(report.HasDrift);

                var outcome = GitArchive.Commit(archive, [.. collection.Configs.Select(c => (c.Hostname, c.Text))], report.CommitMessage());
                Assert.Null(outcome.Error);
                var outputs = new[]
                {
                    DriftTextWriter.Plain(report),
                    DriftJsonWriter.Write(report),
                    DriftMarkdownWriter.Write(report),
                    DriftHtmlWriter.Write(report),
                    report.CommitMessage(),
                    File.ReadAllText(Path.Combine(archive, testCase.Host + ".cfg")),
                };
                foreach (var (_, secret) in testCase.Lines)
                {
                    Assert.Contains(secret, text, StringComparison.Ordinal);
                    Assert.All(outputs, output => Assert.DoesNotContain(secret, output, StringComparison.Ordinal));
                    all.Add(secret);
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

            var history = Git(archive, "log", "-p", "--all");
            Assert.Contains(SecretMaskToken, history, StringComparison.Ordinal);
            Assert.All(all, secret => Assert.DoesNotContain(secret, history, StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private const string SecretMaskToken = GovNet.NetCode.Dialects.SecretMask.Mask;

    internal static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "git did not finish");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output.Result;
    }
}
