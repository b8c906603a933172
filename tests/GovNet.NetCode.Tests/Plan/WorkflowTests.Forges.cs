using System.Text.RegularExpressions;
using GovNet.NetCode.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>
/// The same workflow files run on GitHub and on an on-premises Gitea/Forgejo inside the plane, and
/// what they post (issue bodies, pull-request comments) carries no config line (004 第二十条).
/// </summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows() => ["drift.yml", "drift-sharded.yml", "policy-pr.yml"];

    /// <summary>Actions Gitea's and Forgejo's runners run as GitHub's does (their mirrors serve them).</summary>
    private static readonly HashSet<string> PortableActions = ["actions/checkout", "actions/setup-dotnet", "actions/upload-artifact"];

    /// <summary>The <c>if:</c> that skips a GitHub-only step on Gitea and Forgejo, whose API lives under /api/v1.</summary>
    private const string NotOnGitea = "!endsWith(github.api_url, '/api/v1')";

    /// <summary>The github context values Gitea and Forgejo fill in as GitHub does.</summary>
    private static readonly HashSet<string> PortableContext = ["github.run_id", "github.base_ref", "github.api_url", "github.event.pull_request.number"];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_uses_nothing_github_only_without_a_fallback(string name)
    {
        var text = File.ReadAllText(WorkflowPath(name));
        foreach (var githubOnly in new[] { "api.github.com", "github-script", "octokit", "github.rest", "github.paginate", "github.token", "GITHUB_STEP_SUMMARY" })
        {
            Assert.False(text.Contains(githubOnly, StringComparison.Ordinal), $"{name} uses '{githubOnly}', which only GitHub offers");
        }

        foreach (var step in Steps(Load(name)))
        {
            if (Value(step, "uses") is { } uses)
            {
                var action = uses[..uses.IndexOf('@', StringComparison.Ordinal)];
                Assert.True(
                    PortableActions.Contains(action) || (Value(step, "if") ?? string.Empty).Contains(NotOnGitea, StringComparison.Ordinal),
                    $"{name}: step '{Value(step, "name") ?? action}' uses {action}, which Gitea/Forgejo cannot run, without `if: … {NotOnGitea}`");
            }

            if (Value(step, "run") is { } script)
            {
                foreach (Match script2 in LocalScript().Matches(script))
                {
                    Assert.True(File.Exists(Path.Combine(NetcodeProcess.RepositoryRoot(), script2.Value)), $"{name} runs {script2.Value}, which the repository does not hold");
                }
            }
        }

        foreach (Match used in GitHubContext().Matches(text))
        {
            Assert.True(PortableContext.Contains(used.Value), $"{name} reads {used.Value}; Gitea/Forgejo fill in only {string.Join(", ", PortableContext.Order(StringComparer.Ordinal))}");
        }

        // Gitea and Forgejo take runs-on as one label or a plain list of labels, not a group or an expression.
        foreach (var job in ((YamlMappingNode)Load(name)["jobs"]).Children.Values.Cast<YamlMappingNode>())
        {
            var labels = job["runs-on"] is YamlSequenceNode list ? list.Children : [job["runs-on"]];
            Assert.All(labels, label => Assert.DoesNotContain("${{", Assert.IsType<YamlScalarNode>(label).Value!, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Every step that posts sends a file only <c>--format markdown --summary</c> writes (counts,
    /// device names and ranks; PostedSummaryTests shows it holds no config line), and nothing posts any
    /// other way.
    /// </summary>
    [Theory]
    [MemberData(nameof(Workflows))]
    public void Posted_bodies_are_the_summaries_only(string name)
    {
        var steps = Steps(Load(name)).ToList();
        var posts = steps.Select(s => Value(s, "run")).OfType<string>().SelectMany(r => PostCall().Matches(r)).ToList();
        Assert.NotEmpty(posts);
        var writes = steps.Select(s => Value(s, "run")).OfType<string>()
            .SelectMany(r => NetcodeCall().Matches(r))
            .Select(m => (Args: m.Groups["rest"].Value, Out: OutFile().Match(m.Groups["rest"].Value)))
            .Where(w => w.Out.Success)
            .ToList();
        foreach (Match post in posts)
        {
            var file = post.Groups["file"].Value;
            var writers = writes.Where(w => w.Out.Groups["file"].Value == file).ToList();
            Assert.True(writers.Count > 0, $"{name} posts {file}, which no netcode call writes");
            Assert.All(writers, w => Assert.True(
                w.Args.Contains("--format markdown", StringComparison.Ordinal) && w.Args.Contains("--summary", StringComparison.Ordinal),
                $"{name} posts {file}, written by a netcode call without --format markdown --summary: {w.Args.Trim()}"));
        }

        // The full reports are kept (artifacts or the collectors' folder), never posted.
        Assert.All(writes.Where(w => !w.Args.Contains("--summary", StringComparison.Ordinal)), w =>
            Assert.DoesNotContain(posts, p => p.Groups["file"].Value == w.Out.Groups["file"].Value));
    }

    [GeneratedRegex(@"\.github/scripts/[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex LocalScript();

    [GeneratedRegex(@"\bgithub(\.[a-z_]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubContext();

    [GeneratedRegex(@"post-summary\.mjs (issue|comment) ""[^""]*"" ""[^""]*"" ""(?<file>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex PostCall();

    [GeneratedRegex(@"--out ""(?<file>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex OutFile();
}
