using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Secrets;

/// <summary>
/// Issue 15 point 2 on the example network: every secret-bearing line of every compiled config holds
/// a placeholder and no value; what the secrets enable is complete (SNMPv3 users for every trap
/// target, a TACACS key, a break-glass account, NTP authentication); the parsers understand every
/// such line; and a device showing its own encrypted secrets there is no drift, nor does any patch carry them.
/// </summary>
public sealed partial class CompiledSecretsTests
{
    public static TheoryData<string> ExampleDevices() => [.. DriftHarness.Configs.Select(c => c.Hostname)];

    [Theory]
    [MemberData(nameof(ExampleDevices))]
    public void Every_secret_bearing_line_holds_a_placeholder_and_no_value(string host)
    {
        var config = DriftHarness.Config(host);
        var lines = config.Text.Split('\n');
        var bearing = lines.Where(l => SecretMask.Apply(l) != l && !KeyNumberOnly().IsMatch(l.Trim())).ToList();
        Assert.NotEmpty(bearing);
        Assert.All(bearing, l => Assert.Matches(SecretPlaceholder.Pattern(), l));

        // Nothing a device stores: no wrapped cipher, hash or typed secret anywhere.
        var stored = new Regex(string.Join('|', DialectRegistry.All.Select(d => $"(?:{d.SecretPattern})")), RegexOptions.IgnoreCase);
        Assert.DoesNotContain(lines, l => stored.IsMatch(SecretPlaceholder.Pattern().Replace(l, string.Empty)));
        Assert.All(SecretPlaceholder.Pattern().Matches(config.Text), m => Assert.StartsWith("NETCODE_SECRET_" + (host.StartsWith("INT-", StringComparison.Ordinal) ? "INTERNAL_" : "EXTERNAL_"), m.Groups["variable"].Value, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleDevices))]
    public void Every_trap_target_names_an_snmpv3_user_that_is_defined_in_a_privacy_group(string host)
    {
        var config = DriftHarness.Config(host);
        var targets = SnmpTarget().Matches(config.Text).Select(m => m.Groups["user"].Value).Distinct().ToList();
        Assert.NotEmpty(targets);
        foreach (var user in targets)
        {
            var escaped = Regex.Escape(user);
            var (userLine, groupLine) = config.Vendor switch
            {
                "huawei-vrp" => ($@"^snmp-agent usm-user v3 {escaped} group (?<group>\S+)$", @"^snmp-agent group v3 {0} privacy read-view \S+ notify-view \S+$"),
                "h3c-comware" => ($@"^snmp-agent usm-user v3 {escaped} (?<group>\S+) simple authentication-mode sha \S+ privacy-mode aes128 \S+$", @"^snmp-agent group v3 {0} privacy read-view \S+ notify-view \S+$"),
                _ => ($@"^snmp-server user {escaped} (?<group>\S+) v3 auth sha \S+ priv aes 128 \S+$", @"^snmp-server group {0} v3 priv read \S+ notify \S+$"),
            };
            var defined = Regex.Match(config.Text, userLine, RegexOptions.Multiline);
            Assert.True(defined.Success, $"{host}: no SNMPv3 user {user}");
            Assert.Matches(new Regex(string.Format(System.Globalization.CultureInfo.InvariantCulture, groupLine, Regex.Escape(defined.Groups["group"].Value)), RegexOptions.Multiline), config.Text);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleDevices))]
    public void Every_device_has_a_tacacs_key_a_break_glass_account_tacacs_then_local_and_ntp_authentication(string host)
    {
        var config = DriftHarness.Config(host);
        string[] expected = config.Vendor switch
        {
            "huawei-vrp" =>
            [
                @"^ hwtacacs-server shared-key cipher \$\{NETCODE_SECRET_\w+_TACACS_KEY\}$",
                @"^ local-user netcode-admin password irreversible-cipher \$\{NETCODE_SECRET_\w+_LOCAL_PASSWORD\}$",
                @"^  authentication-mode hwtacacs local$",
                @"^ntp-service authentication enable$",
                @"^ntp-service authentication-keyid 1 authentication-mode hmac-sha256 cipher \$\{NETCODE_SECRET_\w+_NTP_KEY\}$",
                @"^ntp-service reliable authentication-keyid 1$",
                @"^ntp-service unicast-server \S+ authentication-keyid 1$",
            ],
            "h3c-comware" =>
            [
                @"^ key authentication simple \$\{NETCODE_SECRET_\w+_TACACS_KEY\}$",
                @"^local-user netcode-admin class manage\n password simple \$\{NETCODE_SECRET_\w+_LOCAL_PASSWORD\}$",
                @"^ authentication login hwtacacs-scheme netcode local$",
                @"^ntp-service authentication enable$",
                @"^ntp-service authentication-keyid 1 authentication-mode md5 simple \$\{NETCODE_SECRET_\w+_NTP_KEY\}$",
                @"^ntp-service reliable authentication-keyid 1$",
                @"^ntp-service unicast-server \S+ authentication-keyid 1$",
            ],
            _ =>
            [
                @"^ key \$\{NETCODE_SECRET_\w+_TACACS_KEY\}$",
                @"^username netcode-admin privilege 15 secret \$\{NETCODE_SECRET_\w+_LOCAL_PASSWORD\}$",
                @"^enable secret \$\{NETCODE_SECRET_\w+_ENABLE_SECRET\}$",
                @"^aaa authentication login default group NETCODE local$",
                @"^ntp authentication-key 1 md5 \$\{NETCODE_SECRET_\w+_NTP_KEY\}$",
                @"^ntp authenticate$",
                @"^ntp trusted-key 1$",
                @"^ntp server \S+ key 1$",
            ],
        };
        Assert.All(expected, pattern => Assert.Matches(new Regex(pattern, RegexOptions.Multiline), config.Text));
    }

    [Theory]
    [MemberData(nameof(ExampleDevices))]
    public void The_parser_understands_every_secret_bearing_line_and_still_reads_the_ntp_server(string host)
    {
        var config = DriftHarness.Config(host);
        var facts = DialectRegistry.Find(config.Vendor)!.Parse(config.Text, host);
        var placeholderLines = config.Text.Split('\n').Select((l, i) => (Line: i + 1, Text: l)).Where(l => SecretPlaceholder.Pattern().IsMatch(l.Text)).Select(l => l.Line).ToHashSet();
        Assert.DoesNotContain(facts.Unparsed, u => placeholderLines.Contains(u.Line));
        Assert.Contains(facts.Management, m => m.Kind == ManagementKind.Ntp);
        Assert.Contains(facts.Management, m => m.Kind == ManagementKind.Snmp);
        Assert.Contains(facts.Management, m => m.Kind == ManagementKind.Aaa);
    }

    /// <summary>Each device shows its secrets its own way (encrypted, with a type word); drift compares them masked, so none is drift.</summary>
    [Fact]
    public void A_device_showing_its_encrypted_secrets_is_not_drift_and_no_patch_carries_a_secret()
    {
        var shown = DriftHarness.Configs.ToDictionary(c => c.Hostname, c => AsTheDeviceShows(c.Vendor, c.Text));
        Assert.All(shown.Values, text => Assert.Contains(StoredMark, text, StringComparison.Ordinal));
        var report = DriftHarness.Check(shown.ToDictionary(p => p.Key, p => (Func<string, string>)(_ => p.Value)));
        Assert.False(report.HasDrift, string.Join('\n', GovNet.NetCode.Report.DriftTextWriter.DifferenceLines(report)));

        // A real change beside them: the patch restores it and carries no secret, neither the device's nor a placeholder's value.
        var host = DriftHarness.OnePerDialect.Single(d => d.Dialect == "huawei-vrp").Host;
        var patch = GovNet.NetCode.Tests.Patch.PatchHarness.One(host, _ => DriftHarness.ReplaceFirst(shown[host], "info-center loghost ", "info-center loghost 10.61.0.99\ninfo-center loghost "));
        Assert.Contains("undo info-center loghost 10.61.0.99", patch.PatchText, StringComparison.Ordinal);
        Assert.DoesNotContain(StoredMark, patch.PatchText + patch.RollbackText, StringComparison.Ordinal);
    }

    private const string StoredMark = "Zq9STORED";

    /// <summary>The compiled config as its device would print it back: each placeholder stored the dialect's way.</summary>
    internal static string AsTheDeviceShows(string vendor, string text)
    {
        var n = 0;
        string Stored(string form) => string.Format(System.Globalization.CultureInfo.InvariantCulture, form, StoredMark + n++);
        var lines = text.Split('\n').Where(l => vendor != "cisco-ios" || !l.StartsWith("snmp-server user ", StringComparison.Ordinal)).Select(line =>
        {
            if (!SecretPlaceholder.Pattern().IsMatch(line))
            {
                return line;
            }

            return vendor switch
            {
                "huawei-vrp" => SecretPlaceholder.Pattern().Replace(line, _ => line.Contains("irreversible-cipher", StringComparison.Ordinal) ? Stored("$1a${0}$") : Stored("%^%#{0}%^%#")),
                "h3c-comware" => line.Contains(" password simple ", StringComparison.Ordinal)
                    ? SecretPlaceholder.Pattern().Replace(line.Replace(" password simple ", " password hash ", StringComparison.Ordinal), _ => Stored("$h$6${0}"))
                    : SecretPlaceholder.Pattern().Replace(line.Replace(" simple ", " cipher ", StringComparison.Ordinal), _ => Stored("$c$3${0}")),
                _ when line.StartsWith("ntp authentication-key ", StringComparison.Ordinal) => SecretPlaceholder.Pattern().Replace(line, _ => Stored("{0} 7")),
                _ when line.StartsWith(" key ", StringComparison.Ordinal) => SecretPlaceholder.Pattern().Replace(line, _ => Stored("7 {0}")),
                _ => SecretPlaceholder.Pattern().Replace(line, _ => Stored("9 $9${0}")),
            };
        });
        return string.Join('\n', lines);
    }

    // Lines the deliberately broad mask touches though they hold only a key's number, never a key.
    [GeneratedRegex(@"^(ntp trusted-key \d+|ntp server \S+ key \d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyNumberOnly();

    [GeneratedRegex(@"^(?:snmp-agent target-host trap address udp-domain \S+ params securityname (?<user>\S+) v3 privacy|snmp-server host \S+ version 3 priv (?<user>\S+))$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SnmpTarget();
}
