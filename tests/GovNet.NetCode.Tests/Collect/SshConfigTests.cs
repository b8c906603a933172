using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>What ssh is told: trust and authentication in the -F file (which a bastion's ssh gets too), the session's shape on the command line.</summary>
public sealed class SshConfigTests
{
    private static readonly SshOptions Options = new("/repo/inventory/known_hosts", false, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 1, 0);

    private static DeviceTarget Target(string identity = "/keys/id", string? jump = "ops@bastion:22") =>
        new("EXT-CORE-01", DialectRegistry.Find("huawei-vrp")!, "10.61.0.1", 2222, "ops", identity, jump, null);

    [Fact]
    public void Without_a_password_ssh_runs_in_batch_mode_with_pinned_host_keys_for_device_and_bastion()
    {
        var config = SshInvocation.Config(Target(), Options).Text!;
        var argv = SshInvocation.For(Target(), "/run/session-1.conf", null).ArgumentList.ToList();

        Assert.StartsWith("Host *\n", config, StringComparison.Ordinal);
        Assert.Contains("  BatchMode yes\n", config, StringComparison.Ordinal);
        Assert.Contains("  StrictHostKeyChecking yes\n", config, StringComparison.Ordinal);
        Assert.Contains("  UserKnownHostsFile \"/repo/inventory/known_hosts\"\n", config, StringComparison.Ordinal);
        Assert.Contains("  GlobalKnownHostsFile /dev/null\n", config, StringComparison.Ordinal);
        Assert.Contains("  IdentityFile \"/keys/id\"\n  IdentitiesOnly yes\n", config, StringComparison.Ordinal);
        Assert.DoesNotContain("Port", config, StringComparison.Ordinal);
        Assert.Equal(["-F", "/run/session-1.conf", "-T", "-o", "ClearAllForwardings=yes", "-J", "ops@bastion:22", "-p", "2222", "-l", "ops", "10.61.0.1"], argv);
    }

    [Fact]
    public void Accept_new_host_keys_enrols_but_never_replaces()
    {
        var config = SshInvocation.Config(Target(), Options with { AcceptNewHostKeys = true }).Text!;

        Assert.Contains("  StrictHostKeyChecking accept-new\n", config, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_in_a_path_stays_literal_and_a_double_quote_is_refused_with_a_reason()
    {
        var percent = SshInvocation.Config(Target(identity: "/keys/100%/id"), Options);
        var quote = SshInvocation.Config(Target(identity: "/keys/\"odd\"/id"), Options);

        Assert.Contains("  IdentityFile \"/keys/100%%/id\"\n", percent.Text, StringComparison.Ordinal);
        Assert.Null(quote.Text);
        Assert.Equal("IdentityFile path /keys/\"odd\"/id holds a double quote or line break, which an ssh_config cannot express", quote.Error);
    }

    [Fact]
    public void An_argument_that_ssh_would_read_as_an_option_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SshInvocation.For(Target(jump: "-oProxyCommand=x"), "/run/c.conf", null));
    }
}
