using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>The example network compiled once; each test verifies a copy of its configs with one edit.</summary>
public sealed class CompiledExample : IDisposable
{
    private readonly (ModelIndex Context, string Folder) compiled = VerifyHarness.Compiled(NetcodeProcess.RepositoryRoot());

    public ModelIndex Context => compiled.Context;

    /// <summary>A fresh copy of the compiled configs, one device's text edited.</summary>
    public string CopyWith(string host, Func<string, string> edit)
    {
        var copy = TestFolders.New("defaults-");
        foreach (var file in Directory.GetFiles(compiled.Folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        VerifyHarness.Edit(copy, host, edit);
        return copy;
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(compiled.Folder)!, recursive: true);
}

/// <summary>
/// Red-team edits that lean on a dialect's factory defaults (issue 11, item 5): a port whose mode the
/// config leaves unsaid, or that may negotiate a trunk, must be checked as the device would run it.
/// </summary>
public sealed class FactoryDefaultVerifyTests(CompiledExample example) : IClassFixture<CompiledExample>
{
    // EXT-ACC-CZ-01 is a Cisco access switch of the external plane, EXT-ACC-FANGTA-01 a Huawei one;
    // VLAN 500 is the internal plane's management VLAN.
    private const string CiscoAccess = "EXT-ACC-CZ-01";
    private const string HuaweiAccess = "EXT-ACC-FANGTA-01";
    private const string CiscoFirstPort = " switchport mode access\n switchport access vlan 116\n";

    [Fact]
    public void A_cisco_access_vlan_without_a_mode_is_checked_as_the_negotiating_port_it_is()
    {
        var result = Verify(CiscoAccess, t => ReplaceFirst(t, CiscoFirstPort, " switchport access vlan 500\n"));
        Assert.Contains(result.Findings, f => f.Property is "P5" or "P1" && f.Message.Contains("VLAN 500", StringComparison.Ordinal) && f.Message.Contains("GigabitEthernet1/0/1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cisco_dynamic_desirable_port_allowing_an_internal_vlan_is_reported()
    {
        var result = Verify(CiscoAccess, t => ReplaceFirst(t, CiscoFirstPort,
            " switchport mode dynamic desirable\n switchport access vlan 116\n switchport trunk allowed vlan 116,500\n"));
        Assert.Contains(result.Findings, f => f.Property is "P5" or "P1" && f.Message.Contains("VLAN 500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huawei_negotiating_port_allowing_an_internal_vlan_is_reported()
    {
        var result = Verify(HuaweiAccess, t => ReplaceFirst(t, " port link-type access\n port default vlan 148\n",
            " port link-type negotiation-desirable\n port trunk allow-pass vlan 500\n"));
        Assert.Contains(result.Findings, f => f.Property is "P5" or "P1" && f.Message.Contains("VLAN 500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trunk_allowing_all_carries_every_vlan_its_device_defines()
    {
        var result = Verify(CiscoAccess, t => ReplaceFirst(
            ReplaceFirst(t, " switchport trunk allowed vlan 100,116,216\n", string.Empty),
            "\ninterface Vlan100\n", "\nvlan 500\n name parked\n!\ninterface Vlan100\n"));
        Assert.Contains(result.Findings, f => f.Property == "P5" && f.Message.Contains("GigabitEthernet1/1/1", StringComparison.Ordinal) && f.Message.Contains("VLAN 500", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_shut_unused_port_parked_in_a_vlan_of_no_plane_is_no_finding(bool shut)
    {
        // The baseline already parks GE1/0/45 (unused on this C9200L-48T-4G): the edit rewrites its section.
        var parked = "interface GigabitEthernet1/0/45\n description unused\n switchport mode access\n switchport access vlan 999\n" + (shut ? " shutdown\n" : string.Empty);
        var result = Verify(CiscoAccess, t => ReplaceFirst(t,
            "interface GigabitEthernet1/0/45\n description [EXT] unused\n switchport mode access\n switchport access vlan 999\n switchport nonegotiate\n shutdown\n", parked));
        if (shut)
        {
            Assert.True(result.Findings.IsEmpty, string.Join('\n', result.Findings));
        }
        else
        {
            Assert.Contains(result.Findings, f => f.Property == "P5" && f.Message.Contains("VLAN 999", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_dynamic_port_is_an_access_port_and_a_trunk_at_once_at_layer_2()
    {
        var port = new InterfaceFact("GigabitEthernet1/0/1", 1, null, false, PortMode.Dynamic, 116, [116, 500], false, 9, [], null, null, null, false);
        Assert.Equal(["vlan 116", "vlan 9"], Layer2Domains.UntaggedAll(port));
        Assert.Equal([116, 500], Layer2Domains.Tagged(port));
        Assert.Equal(4094, Layer2Domains.Tagged(port with { TrunkVlans = [], AllVlans = true }).Count());

        var hybrid = port with { Mode = PortMode.Trunk, AccessVlan = null, UntaggedVlans = [9, 30] };
        Assert.Equal(["vlan 9", "vlan 30"], Layer2Domains.UntaggedAll(hybrid));
        Assert.Equal(["vlan 9", "vlan 30"], Layer2Domains.UntaggedAll(hybrid with { UntaggedVlans = [30] }));

        // An access port tags nothing, whatever allowed list the config leaves on it.
        Assert.Empty(Layer2Domains.Tagged(port with { Mode = PortMode.Access }));
    }

    private VerifyResult Verify(string host, Func<string, string> edit)
    {
        var folder = example.CopyWith(host, edit);
        try
        {
            return Verifier.Run(example.Context, folder, "configs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ReplaceFirst(string text, string oldText, string newText)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' is not in the config");
        return string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
    }
}
