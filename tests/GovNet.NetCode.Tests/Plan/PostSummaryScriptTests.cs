using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary>
/// .github/scripts/post-summary.mjs run by the real Node against a forge API on 127.0.0.1 shaped as
/// GitHub's (pages by per_page, the bot a user of type Bot) or as Gitea's and Forgejo's (under /api/v1,
/// pages by limit, the bot the gitea-actions user): one issue or one comment, created once and then
/// updated, never a stranger's comment, and only the file it was given.
/// </summary>
public sealed class PostSummaryScriptTests
{
    private const string Marker = "<!-- netcode-drift:external -->";

    [Theory]
    [InlineData("github")]
    [InlineData("gitea")]
    public void The_drift_issue_is_opened_once_then_updated_past_a_page_of_other_issues(string flavour)
    {
        using var forge = new LoopbackForge(flavour);
        for (var i = 1; i <= 60; i++)
        {
            forge.Issues.Add(Item(i, $"unrelated {i}", "someone"));
        }

        forge.Issues.Add(Item(61, Marker + "\na pull request, not the drift issue", "someone", pullRequest: true));
        using var folder = new TemporaryFile("1 device(s) compared, 1 with drift\n");
        Assert.Equal(0, Post(forge, "issue", Marker, "Drift in plane external", folder.Path).ExitCode);
        var created = Assert.Single(forge.Issues, i => i["title"]?.GetValue<string>() == "Drift in plane external");
        Assert.Equal(Marker + "\n1 device(s) compared, 1 with drift\n", created["body"]!.GetValue<string>());

        File.WriteAllText(folder.Path, "2 device(s) compared, 0 with drift\n");
        Assert.Equal(0, Post(forge, "issue", Marker, "Drift in plane external", folder.Path).ExitCode);
        Assert.Single(forge.Issues, i => i["title"]?.GetValue<string>() == "Drift in plane external");
        Assert.Equal(Marker + "\n2 device(s) compared, 0 with drift\n", created["body"]!.GetValue<string>());
        Assert.Equal(Marker + "\na pull request, not the drift issue", forge.Issues.Single(i => i["number"]!.GetValue<int>() == 61)["body"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("github")]
    [InlineData("gitea")]
    public void The_plan_comment_is_created_once_then_updated_and_a_strangers_copy_is_left_alone(string flavour)
    {
        const string plan = "<!-- netcode-plan -->";
        using var forge = new LoopbackForge(flavour);
        forge.Comments.Add(Item(900, plan + "\nwritten by a person", "someone"));
        using var summary = new TemporaryFile(plan + "\n## netcode plan: first push\n");
        Assert.Equal(0, Post(forge, "comment", plan, "7", summary.Path).ExitCode);
        File.WriteAllText(summary.Path, plan + "\n## netcode plan: second push\n");
        Assert.Equal(0, Post(forge, "comment", plan, "7", summary.Path).ExitCode);

        var ours = Assert.Single(forge.Comments, c => c["id"]!.GetValue<int>() != 900);
        Assert.Equal(plan + "\n## netcode plan: second push\n", ours["body"]!.GetValue<string>());
        Assert.Equal(plan + "\nwritten by a person", forge.Comments.Single(c => c["id"]!.GetValue<int>() == 900)["body"]!.GetValue<string>());
        Assert.All(forge.Requests, r => Assert.StartsWith(forge.ApiPath + "/repos/county/policy/issues", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_its_environment_it_is_a_usage_error_and_sends_nothing()
    {
        using var summary = new TemporaryFile("x\n");
        var outcome = NetcodeProcess.RunProgram(Node, NetcodeProcess.RepositoryRoot(), TimeSpan.FromMinutes(1), new Dictionary<string, string> { ["GITHUB_API_URL"] = "", ["GITHUB_SERVER_URL"] = "", ["NETCODE_TOKEN"] = "" }, Script, "issue", Marker, "t", summary.Path);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("usage: post-summary.mjs", outcome.StandardError, StringComparison.Ordinal);
    }

    /// <summary>The node on PATH; bash tests/run installs it (nodejs) where it is missing, and a test without it fails rather than skips.</summary>
    private static string Node => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator).Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("node is not on PATH: the workflows' post-summary.mjs needs Node 18 or later; bash tests/run installs nodejs");

    private static string Script => Path.Combine(NetcodeProcess.RepositoryRoot(), ".github", "scripts", "post-summary.mjs");

    private static NetcodeProcess.Outcome Post(LoopbackForge forge, params string[] arguments)
    {
        var outcome = NetcodeProcess.RunProgram(Node, NetcodeProcess.RepositoryRoot(), TimeSpan.FromMinutes(1), new Dictionary<string, string>
        {
            ["GITHUB_API_URL"] = forge.ApiUrl,
            ["GITHUB_REPOSITORY"] = "county/policy",
            ["NETCODE_TOKEN"] = LoopbackForge.Token,
        }, [Script, .. arguments]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return outcome;
    }

    private static JsonObject Item(int number, string body, string login, bool pullRequest = false)
    {
        var item = new JsonObject { ["number"] = number, ["id"] = number, ["body"] = body, ["user"] = new JsonObject { ["login"] = login, ["type"] = "User" } };
        if (pullRequest)
        {
            item["pull_request"] = new JsonObject();
        }

        return item;
    }

    private sealed class TemporaryFile : IDisposable
    {
        public TemporaryFile(string text)
        {
            File.WriteAllText(Path, text);
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"netcode-post-{Guid.NewGuid():N}.md");

        public void Dispose() => File.Delete(Path);
    }

    /// <summary>The few REST paths both forges share, in memory, on a loopback port; each flavour pages and names its bot its own way.</summary>
    private sealed class LoopbackForge : IDisposable
    {
        public const string Token = "loopback-token";

        private readonly HttpListener listener = new();
        private readonly string flavour;
        private readonly Task serving;

        public LoopbackForge(string flavour)
        {
            this.flavour = flavour;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            ApiPath = flavour == "gitea" ? "/api/v1" : "/api/v3";
            ApiUrl = $"http://127.0.0.1:{port}{ApiPath}";
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            serving = Task.Run(Serve);
        }

        public string ApiPath { get; }

        public string ApiUrl { get; }

        public List<JsonObject> Issues { get; } = [];

        public List<JsonObject> Comments { get; } = [];

        public List<string> Requests { get; } = [];

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            try
            {
                serving.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // the listener's loop ends with the listener
            }
        }

        private async Task Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var (status, reply) = Answer(context.Request);
                context.Response.StatusCode = status;
                var bytes = Encoding.UTF8.GetBytes(reply?.ToJsonString() ?? "{}");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                context.Response.Close();
            }
        }

        private (int Status, JsonNode? Reply) Answer(HttpListenerRequest request)
        {
            lock (Requests)
            {
                var path = request.Url!.AbsolutePath;
                Requests.Add(path);
                if (request.Headers["Authorization"] != $"token {Token}" || !path.StartsWith(ApiPath + "/repos/county/policy/issues", StringComparison.Ordinal))
                {
                    return (401, null);
                }

                var rest = path[(ApiPath + "/repos/county/policy/issues").Length..];
                var body = request.HasEntityBody ? JsonNode.Parse(new StreamReader(request.InputStream).ReadToEnd())!.AsObject() : null;
                return (request.HttpMethod, rest) switch
                {
                    ("GET", "") => (200, Page(Issues.Where(i => flavour == "github" || !i.ContainsKey("pull_request")), request)),
                    ("POST", "") => (201, Add(Issues, body!, title: body!["title"]!.GetValue<string>())),
                    ("PATCH", _) when rest.StartsWith("/comments/", StringComparison.Ordinal) => Update(Comments, int.Parse(rest["/comments/".Length..], System.Globalization.CultureInfo.InvariantCulture), body!),
                    ("PATCH", _) => Update(Issues, int.Parse(rest[1..], System.Globalization.CultureInfo.InvariantCulture), body!),
                    ("GET", "/7/comments") => (200, Page(Comments, request)),
                    ("POST", "/7/comments") => (201, Add(Comments, body!, title: null)),
                    _ => (404, null),
                };
            }
        }

        /// <summary>GitHub pages by per_page (default 30), Gitea by limit (default 50); each ignores the other's.</summary>
        private JsonArray Page(IEnumerable<JsonObject> items, HttpListenerRequest request)
        {
            var size = int.Parse(request.QueryString[flavour == "github" ? "per_page" : "limit"] ?? (flavour == "github" ? "30" : "50"), System.Globalization.CultureInfo.InvariantCulture);
            var page = int.Parse(request.QueryString["page"] ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            return [.. items.Skip((page - 1) * size).Take(size).Select(i => i.DeepClone())];
        }

        private JsonObject Add(List<JsonObject> items, JsonObject body, string? title)
        {
            var number = items.Count == 0 ? 1000 : items.Max(i => i["number"]!.GetValue<int>()) + 1;
            var user = flavour == "github" ? new JsonObject { ["login"] = "github-actions[bot]", ["type"] = "Bot" } : new JsonObject { ["login"] = "gitea-actions" };
            var item = new JsonObject { ["number"] = number, ["id"] = number, ["body"] = body["body"]!.GetValue<string>(), ["user"] = user };
            if (title is not null)
            {
                item["title"] = title;
            }

            items.Add(item);
            return (JsonObject)item.DeepClone();
        }

        private static (int, JsonNode?) Update(List<JsonObject> items, int number, JsonObject body)
        {
            var item = items.SingleOrDefault(i => i["number"]!.GetValue<int>() == number);
            if (item is null)
            {
                return (404, null);
            }

            item["body"] = body["body"]!.GetValue<string>();
            return (200, item.DeepClone());
        }
    }
}
