using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC1xxx: files that cannot be read as one small YAML document. One test per code, each one mistake in <see cref="MiniRepo"/>.</summary>
public sealed class ReadingDiagnosticsTests
{
    [Fact]
    public void Deleting_network_yaml_is_NC1001()
    {
        using var repo = new MiniRepo().Without("policy/network.yaml");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1001", "policy/network.yaml", 1, 1);
        Assert.Contains("policy/network.yaml is missing", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flows_file_over_one_MiB_is_NC1002()
    {
        var padding = new StringBuilder();
        while (padding.Length <= 1024 * 1024)
        {
            padding.Append("# padding comment to push the file past the size cap\n");
        }

        using var repo = new MiniRepo().With("policy/flows.yaml", new MiniRepo().Text("policy/flows.yaml") + padding);
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1002", "policy/flows.yaml", 1, 1);
        Assert.Contains("1,048,576", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_saved_in_GBK_is_NC1003_at_the_first_bad_byte()
    {
        // 测试网络 in GBK: B2 E2 CA D4 CD F8 C2 E7. 0xB2 can never start a UTF-8 sequence.
        var bytes = Encoding.UTF8.GetBytes(new MiniRepo().Text("policy/network.yaml"));
        var utf8Title = Encoding.UTF8.GetBytes("测试网络");
        var gbkTitle = new byte[] { 0xB2, 0xE2, 0xCA, 0xD4, 0xCD, 0xF8, 0xC2, 0xE7 };
        using var repo = new MiniRepo().WithBytes("policy/network.yaml", ReplaceBytes(bytes, utf8Title, gbkTitle));

        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1003", "policy/network.yaml", 2, 8);
        Assert.Contains("byte 25", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NUL_character_in_a_file_is_NC1004()
    {
        using var repo = new MiniRepo().Replace("policy/network.yaml", "title: 测试网络", "title: 测试\0网络");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1004", "policy/network.yaml", 2, 10);
        Assert.Contains("NUL byte at byte 31", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_flows_file_is_NC1005()
    {
        using var repo = new MiniRepo().With("policy/flows.yaml", string.Empty);
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1005", "policy/flows.yaml", 1, 1);
    }

    [Fact]
    public void An_unclosed_brace_is_NC1006()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "subnet: 10.61.110.0/24 }", "subnet: 10.61.110.0/24");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1006", "policy/units/finance.yaml", 4, 5);
        Assert.StartsWith("YAML syntax: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indenting_with_a_tab_is_NC1007()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "  - { zone: public", "\t- { zone: public");
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1007", "policy/units/finance.yaml", 4, 1);
    }

    [Fact]
    public void An_anchor_is_NC1008()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "title: 财政局", "title: &name 财政局");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1008", "policy/units/finance.yaml", 2, 8);
        Assert.Contains("&name", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_NC1009()
    {
        // flows (depth 1 is the file's mapping, 2 the list) then 40 nested lists: the 32nd '[' is the 33rd level.
        using var repo = new MiniRepo().With("policy/flows.yaml", "flows: " + new string('[', 40) + new string(']', 40) + "\n");
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1009", "policy/flows.yaml", 1, 39);
    }

    [Fact]
    public void A_second_YAML_document_is_NC1010()
    {
        using var repo = new MiniRepo().With("policy/flows.yaml", new MiniRepo().Text("policy/flows.yaml") + "---\nflows: []\n");
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1010", "policy/flows.yaml", 8, 1);
    }

    [Fact]
    public void A_key_written_twice_is_NC1011_naming_the_first()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "title: 财政局\n", "title: 财政局\ntitle: 县财政局\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1011", "policy/units/finance.yaml", 3, 1);
        Assert.Contains("(first at policy/units/finance.yaml:2:1)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceSpan("policy/units/finance.yaml", 2, 1), Assert.Single(diagnostic.Related));
    }

    [Fact]
    public void Files_saved_on_Windows_with_CRLF_and_a_BOM_validate_clean()
    {
        using var repo = new MiniRepo();
        foreach (var (path, text) in MiniRepo.DefaultFiles)
        {
            repo.WithBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        }

        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void A_mistake_in_a_CRLF_file_with_a_BOM_is_reported_where_an_editor_shows_it()
    {
        var text = new MiniRepo().Text("policy/units/finance.yaml").Replace("vlan: 110", "vlan: ten", StringComparison.Ordinal);
        using var repo = new MiniRepo().WithBytes("policy/units/finance.yaml",
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        DiagnosticAssert.ReportsOnly(repo.Validate(), "NC2103", "policy/units/finance.yaml", 4, 27);
    }

    private static byte[] ReplaceBytes(byte[] bytes, byte[] find, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(find);
        Assert.True(at >= 0, "the bytes to replace must occur");
        return [.. bytes.AsSpan(0, at), .. replacement, .. bytes.AsSpan(at + find.Length)];
    }
}
