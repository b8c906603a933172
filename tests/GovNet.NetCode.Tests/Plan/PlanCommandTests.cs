using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Plan;

/// <summary><c>netcode plan</c> run as a user runs it, on real Git repositories holding the example network.</summary>
public sealed class PlanCommandTests
{
    private const string CrossPlaneCable = "  - { name: GigabitEthernet1/0/48, link: \"INT-ACC-CZ-01:GigabitEthernet1/0/24\", mode: trunk, vlans: auto }\n";
    private const string CrossPlaneCableBack = "  - { name: GigabitEthernet1/0/24, link: \"EXT-ACC-CZ-01:GigabitEthernet1/0/48\", mode: trunk, vlans: auto }\n";

    private static JsonElement Json(NetcodeProcess.Outcome outcome)
    {
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Kind, string Name, string Change)> Changes(JsonElement plan) =>
        plan.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("change").GetString()!));

    [Fact]
    public void Adding_a_unit_shows_the_unit_and_its_segment_and_isolation_holds()
    {
        using var repo = new GitPolicyRepo();
        repo.Write("policy/units/kejiju.yaml", "id: kejiju\ntitle: 佳县科学技术局\nsegments:\n  - { zone: public, vlan: 199, subnet: 10.61.199.0/24 }\n");
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        Assert.Contains(("unit", "kejiju", "added"), Changes(plan));
        Assert.Contains(("segment", "kejiju@public", "added"), Changes(plan));
        Assert.Equal("holds", plan.GetProperty("verdict").GetString());
        Assert.Contains(plan.GetProperty("devices").EnumerateArray(), d => d.GetProperty("diff").GetString()!.Contains("+vlan 199", StringComparison.Ordinal));
    }

    [Fact]
    public void Moving_a_vlan_changes_the_segment_and_the_access_switch_config()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196");
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        var segment = Assert.Single(plan.GetProperty("changes").EnumerateArray());
        Assert.Equal("caizheng@public", segment.GetProperty("name").GetString());
        Assert.Contains("vlan 116", segment.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var access = Assert.Single(plan.GetProperty("devices").EnumerateArray(), d => d.GetProperty("hostname").GetString() == "EXT-ACC-CZ-01");
        Assert.Equal("changed", access.GetProperty("change").GetString());
        Assert.Equal(access.GetProperty("added").GetInt32(), access.GetProperty("removed").GetInt32());
        Assert.Contains("-vlan 116\n+vlan 196\n", access.GetProperty("diff").GetString(), StringComparison.Ordinal);
        // What the reviewer will see typed on the switch: netcode patch's commands from base to head.
        var commands = access.GetProperty("commands").GetString()!;
        Assert.Contains("configure terminal", commands, StringComparison.Ordinal);
        Assert.Contains("switchport access vlan 196", commands, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_flow_is_listed_and_changes_acls()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/flows.yaml", "  - permit tcp/443 from zone:public to service:oa\n", "  - permit tcp/443 from zone:public to service:oa\n  - permit tcp/8080 from zone:public to service:oa\n");
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        Assert.Equal([("flow", "permit tcp/8080 from zone:public to service:oa", "added")], Changes(plan));
        Assert.Contains(plan.GetProperty("devices").EnumerateArray(), d => d.GetProperty("diff").GetString()!.Contains("8080", StringComparison.Ordinal));

        // The flow-matrix diff comes from the verifier on both compiled sets: the new port opens for every public segment, nothing else moves.
        var flows = plan.GetProperty("flows").EnumerateArray().Select(f => (f.GetProperty("change").GetString(), f.GetProperty("key").GetString()!)).ToList();
        Assert.Contains(("permitted", "caizheng@public -> service:oa tcp/8080"), flows);
        Assert.All(flows, f => Assert.Equal(("permitted", true), (f.Item1, f.Item2.EndsWith("-> service:oa tcp/8080", StringComparison.Ordinal))));
    }

    [Fact]
    public void Removing_a_flow_is_listed_and_changes_acls()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty);
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        Assert.Equal([("flow", "permit tcp/53 from zone:public to service:dns", "removed")], Changes(plan));
        Assert.NotEqual(0, plan.GetProperty("devices").GetArrayLength());
        var flows = plan.GetProperty("flows").EnumerateArray().Select(f => (f.GetProperty("change").GetString(), f.GetProperty("key").GetString()!)).ToList();
        Assert.Contains(("denied", "caizheng@public -> service:dns tcp/53"), flows);
        Assert.All(flows, f => Assert.Equal("denied", f.Item1));
    }

    [Fact]
    public void A_cable_across_planes_is_exit_1_with_the_finding_on_the_inventory_line()
    {
        using var repo = new GitPolicyRepo();
        repo.Append("inventory/devices/EXT-ACC-CZ-01.yaml", CrossPlaneCable).Append("inventory/devices/INT-ACC-CZ-01.yaml", CrossPlaneCableBack);
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 1, outcome.StandardError);
        var plan = Json(outcome);
        Assert.Equal("violated", plan.GetProperty("verdict").GetString());
        var finding = Assert.Single(plan.GetProperty("isolation").EnumerateArray());
        Assert.Equal("P1", finding.GetProperty("property").GetString());
        Assert.Equal("NC5106", finding.GetProperty("code").GetString());
        Assert.Equal("inventory/devices/EXT-ACC-CZ-01.yaml", finding.GetProperty("file").GetString());
        Assert.Equal(12, finding.GetProperty("line").GetInt32());
        Assert.Contains(("device", "EXT-ACC-CZ-01", "changed"), Changes(plan));
    }

    [Fact]
    public void Sarif_points_the_cross_plane_cable_at_its_yaml_line()
    {
        using var repo = new GitPolicyRepo();
        repo.Append("inventory/devices/EXT-ACC-CZ-01.yaml", CrossPlaneCable).Append("inventory/devices/INT-ACC-CZ-01.yaml", CrossPlaneCableBack);
        var outcome = repo.Plan("--base", "HEAD", "--format", "sarif");
        Assert.Equal(1, outcome.ExitCode);
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NC5106", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("inventory/devices/EXT-ACC-CZ-01.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_points_a_validation_error_on_head_at_its_yaml_line_and_head_invalid_is_exit_2()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 5116");
        var outcome = repo.Plan("--base", "HEAD", "--format", "sarif");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error NC3107", outcome.StandardError, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        var result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("NC3107", result.GetProperty("ruleId").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("policy/units/caizheng.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(4, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Plan_between_two_arbitrary_commits_shows_only_their_difference()
    {
        using var repo = new GitPolicyRepo();
        var first = repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196").Commit("move caizheng's public VLAN");
        var second = repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty).Commit("drop DNS over TCP");
        repo.Write("policy/units/kejiju.yaml", "id: kejiju\nsegments:\n  - { zone: public, vlan: 199, subnet: 10.61.199.0/24 }\n").Commit("add kejiju");
        var outcome = repo.Plan("--base", first, "--head", second, "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var plan = Json(outcome);
        Assert.Equal([("flow", "permit tcp/53 from zone:public to service:dns", "removed")], Changes(plan));
        Assert.Contains($"({second[..12]})", plan.GetProperty("head").GetProperty("revision").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Head_is_the_working_tree_with_uncommitted_edits_and_git_state_is_untouched()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196");
        repo.Git("add", "policy/units/caizheng.yaml");
        repo.Replace("policy/flows.yaml", "  - permit tcp/53 from zone:public to service:dns\n", string.Empty);
        repo.Write("policy/units/kejiju.yaml", "id: kejiju\nsegments:\n  - { zone: public, vlan: 199, subnet: 10.61.199.0/24 }\n");
        var statusBefore = repo.Git("status", "--porcelain");
        var indexBefore = repo.Git("diff", "--cached");
        var treeBefore = repo.Git("diff");
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(statusBefore, repo.Git("status", "--porcelain"));
        Assert.Equal(indexBefore, repo.Git("diff", "--cached"));
        Assert.Equal(treeBefore, repo.Git("diff"));
        var changes = Changes(Json(outcome)).ToList();
        Assert.Contains(("segment", "caizheng@public", "changed"), changes);
        Assert.Contains(("flow", "permit tcp/53 from zone:public to service:dns", "removed"), changes);
        Assert.Contains(("unit", "kejiju", "added"), changes);
        var head = repo.Git("rev-parse", "HEAD").Trim();
        Assert.Equal($"working tree (HEAD {head[..12]} with uncommitted edits)", Json(outcome).GetProperty("head").GetProperty("revision").GetString());
    }

    [Fact]
    public void A_device_change_names_its_ports_and_a_flow_change_its_id_title_and_approval()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("inventory/devices/EXT-ACC-CZ-01.yaml", "GigabitEthernet1/0/1-32, mode: access, segment: caizheng@public", "GigabitEthernet1/0/1-30, mode: access, segment: caizheng@public }\n  - { name: GigabitEthernet1/0/31-32, mode: access, segment: caizheng@dedicated");
        repo.Replace("inventory/devices/EXT-ACC-CZ-01.yaml", "GigabitEthernet1/0/33-44, mode: access", "GigabitEthernet1/0/33-43, mode: access");
        repo.Replace("policy/flows.yaml", "title: 各单位经县政务网络访问互联网（办法第二条）", "title: 各单位经县政务网络访问互联网");
        var outcome = repo.Plan("--base", "HEAD", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var changes = Json(outcome).GetProperty("changes").EnumerateArray().ToList();
        var device = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "device").GetProperty("detail").GetString();
        Assert.Equal("ports removed: GigabitEthernet1/0/44; ports changed: GigabitEthernet1/0/31 access caizheng@public → access caizheng@dedicated; GigabitEthernet1/0/32 access caizheng@public → access caizheng@dedicated", device);
        var flow = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "flow").GetProperty("detail").GetString();
        Assert.Equal("id public-internet, 各单位经县政务网络访问互联网（办法第二条）, approval 佳政办发〔2024〕58号, no expiry → id public-internet, 各单位经县政务网络访问互联网, approval 佳政办发〔2024〕58号, no expiry", flow);
    }

    [Fact]
    public void A_checked_out_commit_without_edits_is_named_by_its_commit_not_as_the_working_tree()
    {
        using var repo = new GitPolicyRepo();
        var commit = repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196").Commit("move caizheng's public VLAN");
        var outcome = repo.Plan("--base", "HEAD~1", "--format", "markdown");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains($"→ `HEAD ({commit[..12]})`", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_revision_that_does_not_exist_is_exit_2_naming_it()
    {
        using var repo = new GitPolicyRepo();
        var outcome = repo.Plan("--base", "origin/no-such-branch");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("NC8001", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("'origin/no-such-branch' does not exist", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.StandardOutput);
    }

    [Fact]
    public void A_folder_that_is_not_a_git_repository_is_a_git_failure_exit_3()
    {
        using var repo = new MiniRepo();
        var outcome = Netcode.Run(Path.GetTempPath(), "plan", "--repo", repo.Write(), "--base", "HEAD");
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("error " + "NC8002", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_that_does_not_validate_is_reported_but_does_not_block()
    {
        using var repo = new GitPolicyRepo();
        var broken = repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 5116").Commit("a broken base");
        repo.Replace("policy/units/caizheng.yaml", "vlan: 5116", "vlan: 116");
        var outcome = repo.Plan("--base", broken);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains("note " + "NC8003" + ": base does not validate", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("device EXT-ACC-CZ-01 added", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_to_a_file_starts_with_the_comment_marker_and_is_the_same_twice()
    {
        using var repo = new GitPolicyRepo();
        repo.Replace("policy/units/caizheng.yaml", "vlan: 116", "vlan: 196");
        var file = Path.Combine(repo.Root, "..", Path.GetFileName(repo.Root) + "-plan.md");
        try
        {
            Assert.Equal(0, repo.Plan("--base", "HEAD", "--format", "markdown", "--out", file).ExitCode);
            var first = File.ReadAllText(file);
            Assert.Equal(0, repo.Plan("--base", "HEAD", "--format", "markdown", "--out", file).ExitCode);
            Assert.Equal(first, File.ReadAllText(file));
            Assert.StartsWith("<!-- netcode-plan -->\n", first, StringComparison.Ordinal);
            Assert.Contains("<details><summary><code>EXT-ACC-CZ-01</code> changed", first, StringComparison.Ordinal);
            Assert.True(first.Length < 65_536);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
