using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>NC1006: a YAML syntax error names the line to fix, in plain words rather than the parser's.</summary>
public sealed class YamlSyntaxTests
{
    private const string Finance = "policy/units/finance.yaml";

    [Theory]
    [InlineData("subnet: 172.17.10.0/24 }", "subnet: 172.17.10.0/24", 5, 5, "'{' opens here but is never closed; add the '}' where this mapping ends")]
    [InlineData("subnet: 10.61.110.0/24 }", "subnet: 10.61.110.0/24", 4, 5, "'{' opens here but is never closed")]
    [InlineData("segments:", "segments: [", 3, 11, "'[' opens here but is never closed; add the ']' where this list ends")]
    [InlineData("subnet: 10.61.110.0/24 }", "subnet: 10.61.110.0/24 ]", 4, 5, "'{' opens here but is never closed")]
    [InlineData("title: 财政局", "title: \"财政局", 2, 8, "the quoted value that starts here with \" is not closed")]
    [InlineData("title: 财政局", "title: '财政局", 2, 8, "the quoted value that starts here with ' is not closed")]
    [InlineData("  - { zone: office", "   - { zone: office", 5, 4, "this line is not lined up with the list items above it")]
    [InlineData("title: 财政局", " title: 财政局", 2, 2, "this line is indented more than the line above, so it reads as the rest of that value")]
    [InlineData("segments:", " segments:", 3, 2, "line it up with the keys above it")]
    [InlineData("vlan: 110,", "vlan: 110", 4, 37, "a ',' between two entries or the closing '}' is missing before this point")]
    [InlineData("title: 财政局", "title: a: b", 2, 9, "does a value with ': ' need quotes?")]
    [InlineData("title: 财政局", "title: @caizheng", 2, 8, "this character cannot start a value; put the value in quotes")]
    public void A_syntax_error_is_reported_where_it_needs_the_fix(string text, string broken, int line, int column, string words)
    {
        using var repo = new MiniRepo().Replace(Finance, text, broken);
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC1006", Finance, line, column);
        Assert.StartsWith("YAML syntax: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: 财政局", "title: 财政局 # note { not a bracket")]
    [InlineData("title: 财政局", "title: finance's [annex]")]
    [InlineData("segments:\n", "segments: [\n  { zone: public, vlan: 110, subnet: 10.61.110.0/24 },\n  { zone: office, vlan: 510, subnet: 172.17.10.0/24 },\n]\nx:\n")]
    public void Brackets_in_comments_plain_text_and_multi_line_lists_are_no_error(string text, string replacement)
    {
        using var repo = new MiniRepo().Replace(Finance, text, replacement);
        var result = repo.Validate();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "NC1006");
    }
}
