using GovNet.NetCode.Tests.Support;
using Markdig;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>
/// The pull-request comment read as GitHub reads it: rendered by a CommonMark parser with GitHub's
/// pipe tables (Markdig), so a list item that opens a nested list, or a table that falls apart, fails here.
/// </summary>
public sealed class PlanMarkdownRenderTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Fact]
    public void Every_added_flow_renders_as_one_list_item_with_its_key_and_the_diagram_draws_units_inside_zones()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/flows.yaml", "flows:\n", "flows:\n  - permit tcp/8080 from zone:public to service:oa\n");
        var outcome = repo.Plan("--base", "HEAD", "--format", "markdown");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var html = Markdown.ToHtml(outcome.StandardOutput, Gfm);

        Assert.DoesNotContain("<li>\n<ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li><ul>", html, StringComparison.Ordinal);
        var added = html.Split("<li>").Where(item => item.StartsWith("<strong>+</strong> <code>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, item => Assert.Contains("tcp/8080", item, StringComparison.Ordinal));
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>permitted flows</td>", html, StringComparison.Ordinal);

        var diagram = outcome.StandardOutput[outcome.StandardOutput.IndexOf("```mermaid", StringComparison.Ordinal)..];
        Assert.Contains("subgraph z_public[\"", diagram, StringComparison.Ordinal);
        Assert.Contains("财政局", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain(" n_public ", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_whose_files_do_not_load_says_so_instead_of_listing_everything_as_removed()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/flows.yaml", "flows:\n", "flows: [\n");
        var outcome = repo.Plan("--base", "HEAD", "--format", "markdown");
        Assert.Equal(2, outcome.ExitCode);
        var html = Markdown.ToHtml(outcome.StandardOutput, Gfm);
        Assert.Contains("<h3>Head does not validate</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Policy changes", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>units</td>\s*(<td[^>]*>0</td>\s*){3}</tr>", html);
    }
}
