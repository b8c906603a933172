using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>inventory/collection.yaml: every mistake is a diagnostic at its file:line:col.</summary>
public sealed class CollectionFileTests
{
    private static readonly string[] Hostnames = ["EXT-CORE-01", "EXT-ACC-01", "INT-CORE-01"];

    private static (Model.CollectionSettings? Settings, Diagnostic[] Diagnostics) Load(string yaml)
    {
        using var repo = new MiniRepo().With("inventory/collection.yaml", yaml);
        var root = repo.Write();
        var diagnostics = new DiagnosticBag();
        var settings = CollectionLoader.Load(root, null, Hostnames, diagnostics);
        return (settings, [.. diagnostics.ToSortedArray()]);
    }

    [Fact]
    public void A_full_file_loads_with_overrides_and_drift_ignore_patterns()
    {
        var (settings, diagnostics) = Load("""
            user: netcode
            port: 2222
            identity_file: ~/.ssh/netcode_ed25519
            proxy_jump: ops@bastion.example:22
            password_env: NETCODE_SSH_PASSWORD
            known_hosts: inventory/known_hosts
            parallelism: 16
            connect_timeout: 5
            command_timeout: 90
            retries: 2
            devices:
              - { hostname: EXT-CORE-01, address: 192.0.2.10, port: 22, user: admin }
            drift:
              ignore: ["^clock ", "^local-user "]

            """);

        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal(("netcode", 2222, 16, 2), (settings.User, settings.Port, settings.Parallelism, settings.Retries));
        Assert.Equal(TimeSpan.FromSeconds(90), settings.CommandTimeout);
        Assert.Equal("NETCODE_SSH_PASSWORD", settings.PasswordEnv?.Value);
        Assert.Equal(["^clock ", "^local-user "], settings.DriftIgnore.Select(p => p.Value));
        var core = settings.OverrideFor("EXT-CORE-01");
        Assert.Equal(("192.0.2.10", 22, "admin"), (core?.Address, core?.Port, core?.User));
    }

    [Fact]
    public void A_repository_without_the_file_gets_defaults()
    {
        using var repo = new MiniRepo();
        var diagnostics = new DiagnosticBag();

        var settings = CollectionLoader.Load(repo.Write(), null, Hostnames, diagnostics);

        Assert.Equal((22, 8, "inventory/known_hosts"), (settings?.Port, settings?.Parallelism, settings?.KnownHosts));
    }

    /// <summary>A password written into the file is no key of the format, and a literal secret besides (never repeated in a message).</summary>
    [Fact]
    public void A_password_in_the_file_is_an_unknown_key_and_a_literal_secret()
    {
        var (settings, diagnostics) = Load("password: hunter2\n");

        Assert.Null(settings);
        Assert.Equal(["NC2101 1:1", "NC2150 1:11"], diagnostics.Select(d => $"{d.Code} {d.Span.Line}:{d.Span.Column}"));
        Assert.DoesNotContain("hunter2", string.Join('\n', diagnostics.Select(d => d.Message)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parallelism: 0\n", "NC7001", 1, 14, "parallelism is 0; it must be between 1 and 256")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-99, port: 22 }\n", "NC7002", 2, 17, "device 'EXT-CORE-99' is not in inventory/devices/")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-01 }\n  - { hostname: ext-core-01 }\n", "NC7003", 3, 17, "device 'ext-core-01' has settings twice (first at inventory/collection.yaml:2:17)")]
    [InlineData("drift:\n  ignore: [\"^clock (\"]\n", "NC7004", 2, 12, "drift ignore pattern '^clock (' is not a regular expression")]
    [InlineData("proxy_jump: -oProxyCommand=sh\n", "NC7010", 1, 13, "proxy_jump '-oProxyCommand=sh' begins with '-', which ssh would read as an option")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-01, user: \"ops -v\" }\n", "NC7010", 2, 36, "user 'ops -v' is empty or holds a blank or control character")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-01, address: -x }\n", "NC7010", 2, 39, "address '-x' begins with '-'")]
    [InlineData("user: \"ops;reboot\"\n", "NC7010", 1, 7, "user 'ops;reboot' is not a user name")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-01, address: \"fe80::1%eth0\" }\n", "NC7010", 2, 39, "address 'fe80::1%eth0' holds '%'")]
    [InlineData("devices:\n  - { hostname: EXT-CORE-01, address: \"10.61.0.1;x\" }\n", "NC7010", 2, 39, "address '10.61.0.1;x' is not an IP address or a DNS name")]
    [InlineData("proxy_jump: ops@a:22,ops@b:22\n", "NC7010", 1, 13, "names more than one bastion")]
    [InlineData("proxy_jump: ops@bastion:99999\n", "NC7010", 1, 13, "has a port that is not a number from 1 to 65535")]
    [InlineData("max_output_bytes: 100\n", "NC7001", 1, 19, "max_output_bytes is 100; it must be between 1024 and 1073741824")]
    [InlineData("parallelism: many\n", "NC2", 1, 14, "")]
    public void Mistakes_are_reported_at_their_position(string yaml, string code, int line, int column, string message)
    {
        var (settings, diagnostics) = Load(yaml);

        Assert.Null(settings);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith(code, error.Code, StringComparison.Ordinal);
        Assert.Equal(new SourceSpan("inventory/collection.yaml", line, column), error.Span);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_prints_collection_mistakes_as_file_line_col_and_exits_2()
    {
        using var repo = new MiniRepo().With("inventory/collection.yaml", "user: ops\nretries: 11\n");

        var run = Netcode.Run(repo.Write(), "fetch", "--plane", "external");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(DiagnosticAssert.Line("NC7001", "inventory/collection.yaml:2:10: ", "retries is 11; it must be between 0 and 10"), run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_algorithm_or_a_user_with_a_semicolon_is_refused_at_load_with_its_position_and_exit_2_never_tried()
    {
        using var repo = new MiniRepo().With("inventory/collection.yaml", "key_exchange: [curve25519-sha256, curve448-sha512]\nciphers: [aes256-ctr]\nmacs: [hmac-md5]\nretries: 5\n");
        using var user = new MiniRepo().With("inventory/collection.yaml", "user: \"ops;id\"\nretries: 5\n");

        var algorithms = Netcode.Run(repo.Write(), "fetch", "--plane", "external");
        var semicolon = Netcode.Run(user.Write(), "fetch", "--plane", "external");

        Assert.Equal((2, 2), (algorithms.ExitCode, semicolon.ExitCode));
        Assert.Contains(DiagnosticAssert.Line("NC7011", "inventory/collection.yaml:1:35: ", "key_exchange: 'curve448-sha512' is not an algorithm this collector supports; it knows mlkem768x25519-sha256, "), algorithms.StandardError, StringComparison.Ordinal);
        Assert.Contains(DiagnosticAssert.Line("NC7011", "inventory/collection.yaml:3:8: ", "macs: 'hmac-md5' is not an algorithm"), algorithms.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("aes256-ctr' is not", algorithms.StandardError, StringComparison.Ordinal);
        Assert.Contains(DiagnosticAssert.Line("NC7010", "inventory/collection.yaml:1:7: ", "user 'ops;id' is not a user name"), semicolon.StandardError, StringComparison.Ordinal);
        // Refused before any device was tried: no per-device line, no retry.
        Assert.DoesNotContain("fetch: EXT-", algorithms.StandardError + semicolon.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_password_variable_and_a_missing_key_file_are_refused_before_connecting()
    {
        using var repo = new MiniRepo().With("inventory/collection.yaml", "password_env: NETCODE_TEST_UNSET_VARIABLE\nidentity_file: keys/missing_ed25519\n");

        var run = Netcode.Run(repo.Write(), "fetch", "--plane", "external");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(DiagnosticAssert.Line("NC7005", "inventory/collection.yaml:1:15: ", "password_env names NETCODE_TEST_UNSET_VARIABLE, but that environment variable is not set"), run.StandardError, StringComparison.Ordinal);
        Assert.Contains(DiagnosticAssert.Line("NC7006", "inventory/collection.yaml:2:16: ", "identity_file keys/missing_ed25519 does not exist"), run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_plane_or_device_is_a_usage_error()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();

        var plane = Netcode.Run(root, "fetch", "--plane", "dmz");
        var device = Netcode.Run(root, "fetch", "--device", "EXT-CORE-99");

        Assert.Equal((2, 2), (plane.ExitCode, device.ExitCode));
        Assert.Contains(DiagnosticAssert.Line("NC7007", "", "--plane dmz: no such plane; the network has external, internal"), plane.StandardError, StringComparison.Ordinal);
        Assert.Contains(DiagnosticAssert.Line("NC7007", "", "--device EXT-CORE-99: no such device"), device.StandardError, StringComparison.Ordinal);
    }
}
