using System.Globalization;
using System.Text.RegularExpressions;
using GovNet.NetCode.Tests.Plan;
using GovNet.NetCode.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// The Kubernetes collector Jobs in inventory/collectors/: an Indexed Job whose pods each fetch the
/// shard of their completion index, and a merge Job that reads exactly those shards' bundles; every
/// netcode command and option they run exists.
/// </summary>
public sealed partial class CollectorManifestTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(NetcodeProcess.RepositoryRoot(), "inventory", "collectors", name));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Node(YamlNode node, params string[] path) =>
        path.Aggregate((YamlMappingNode)node, (n, key) => (YamlMappingNode)n[key]);

    private static string Command(YamlMappingNode job)
    {
        var container = (YamlMappingNode)((YamlSequenceNode)Node(job, "spec", "template", "spec")["containers"]).Children[0];
        return string.Join(' ', ((YamlSequenceNode)container["args"]).Children.Select(a => ((YamlScalarNode)a).Value));
    }

    [Fact]
    public void The_fetch_job_is_indexed_and_each_pod_fetches_the_shard_of_its_index()
    {
        var job = Load("fetch-sharded.yaml");
        Assert.Equal("Job", ((YamlScalarNode)job["kind"]).Value);
        var spec = Node(job, "spec");
        Assert.Equal("Indexed", ((YamlScalarNode)spec["completionMode"]).Value);
        var completions = ((YamlScalarNode)spec["completions"]).Value;
        Assert.Equal(completions, ((YamlScalarNode)spec["parallelism"]).Value);
        var command = Command(job);
        Assert.Contains($"--shard \"${{JOB_COMPLETION_INDEX}}/{completions}\"", command, StringComparison.Ordinal);
        Assert.Contains("--bundle \"/shards/shard-${JOB_COMPLETION_INDEX}.tar\"", command, StringComparison.Ordinal);
        AssertNetcodeAccepts("fetch-sharded.yaml", command);
    }

    [Fact]
    public void The_merge_job_reads_every_shard_bundle_and_nothing_else()
    {
        var shards = int.Parse(((YamlScalarNode)Node(Load("fetch-sharded.yaml"), "spec")["completions"]).Value!, CultureInfo.InvariantCulture);
        var command = Command(Load("merge-drift.yaml"));
        Assert.Equal(
            Enumerable.Range(0, shards).Select(i => $"/shards/shard-{i}.tar"),
            Running().Matches(command).Select(m => m.Groups["bundle"].Value));
        AssertNetcodeAccepts("merge-drift.yaml", command);
    }

    private static void AssertNetcodeAccepts(string where, string command)
    {
        var call = NetcodeCall().Match(command);
        Assert.True(call.Success, $"{where} runs no netcode command");
        var rest = call.Groups["rest"].Value;
        var format = Regex.Match(rest, "--format (?<value>[a-z]+)");
        WorkflowTests.AssertAccepted(where, call.Groups["command"].Value, Regex.Matches(rest, @"(?<![\w-])--[a-z][a-z-]*").Select(m => m.Value), format.Success ? format.Groups["value"].Value : null);
    }

    [GeneratedRegex(@"netcode (?<command>[a-z]+)(?<rest>.*)", RegexOptions.CultureInvariant)]
    private static partial Regex NetcodeCall();

    [GeneratedRegex(@"--running (?<bundle>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex Running();
}
