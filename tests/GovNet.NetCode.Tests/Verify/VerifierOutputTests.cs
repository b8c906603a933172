using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>What the verifier hands the CLI besides its findings' substance: missing configs, parse coverage per file, a finding's one-line form.</summary>
public sealed class VerifierOutputTests
{
    [Fact]
    public void A_missing_config_is_a_coverage_error_and_the_other_devices_are_still_verified()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        File.Delete(Path.Combine(folder, "INT-CORE-01.cfg"));
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "ntp-service unicast-server 10.61.0.123 ", "ntp-service unicast-server 172.16.0.123 "));

        var result = Verifier.Run(context, folder, "configs");

        var missing = Assert.Single(result.Findings, f => f.Property == ParseCoverage.Property);
        Assert.Equal((Severity.Error, "no config for INT-CORE-01 at configs/INT-CORE-01.cfg"), (missing.Severity, missing.Message));
        Assert.Equal(SourceSpan.StartOf("configs/INT-CORE-01.cfg"), missing.At);
        Assert.Equal("inventory/devices/INT-CORE-01.yaml", missing.Contradicts!.Value.File);
        Assert.Contains(result.Findings, f => f.Property == "P1" && f.At.File == "configs/EXT-EGRESS-01.cfg");
        Assert.Equal(["configs/EXT-ACC-01.cfg", "configs/EXT-CORE-01.cfg", "configs/EXT-EGRESS-01.cfg"], result.Coverage.Select(c => c.File).ToArray());
    }

    [Fact]
    public void A_line_not_understood_outside_forwarding_counts_against_coverage_but_is_no_finding()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "EXT-EGRESS-01", t => VerifyHarness.Replace(t, "\nreturn", "\nfrobnicate widgets\n#\nip frobnicate widgets\n#\nreturn"));

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((ParseCoverage.Property, "line not understood in 'global': ip frobnicate widgets"), (finding.Property, finding.Message));
        var coverage = Assert.Single(result.Coverage, c => c.File == "configs/EXT-EGRESS-01.cfg");
        Assert.Equal((2, 1), (coverage.Unparsed, coverage.UnparsedForwarding));
        Assert.Equal(1 - (2.0 / coverage.Lines), coverage.Understood, 9);
        Assert.All(result.Coverage.Where(c => c != coverage), c => Assert.Equal((0, 1.0), (c.Unparsed, c.Understood)));
        Assert.Equal(1.0, new ParseCoverage.FileCoverage("configs/empty.cfg", 0, 0, 0).Understood);
    }

    [Fact]
    public void A_truncated_config_is_reported_where_it_stops_not_at_its_first_line()
    {
        using var repo = new MiniRepo();
        var (context, folder) = VerifyHarness.Compiled(repo.Write());
        VerifyHarness.Edit(folder, "INT-CORE-01", t => t[..t.LastIndexOf("end", StringComparison.Ordinal)]);

        var result = Verifier.Run(context, folder, "configs");

        var finding = Assert.Single(result.Findings, f => f.Message.Contains("not a complete config", StringComparison.Ordinal));
        var read = Assert.Single(result.Coverage, c => c.File == "configs/INT-CORE-01.cfg").Lines;
        Assert.True(read > 50, $"{read} lines read");
        Assert.Equal(new SourceSpan("configs/INT-CORE-01.cfg", read, 1), finding.At);
    }

    [Fact]
    public void Findings_at_one_position_are_ordered_by_message()
    {
        var at = new SourceSpan("configs/A.cfg", 7, 1);
        var first = new Finding("NC9402", "P4", Severity.Error, "least privilege: a", at, [], null, null);
        var second = first with { Message = "least privilege: b" };
        Assert.True(Finding.ByPosition.Compare(first, second) < 0);
        Assert.True(Finding.ByPosition.Compare(second, first) > 0);
        Assert.True(Finding.ByPosition.Compare(second with { At = new SourceSpan("configs/A.cfg", 6, 1) }, first) < 0);
    }

    [Fact]
    public void A_finding_reads_as_one_line_with_only_the_parts_it_has()
    {
        var at = new SourceSpan("configs/A.cfg", 7, 3);
        var policy = new SourceSpan("policy/network.yaml", 4, 5);
        Assert.Equal("configs/A.cfg:7:3: warning P4: flow x is not let through",
            new Finding("NC9401", "P4", Severity.Warning, "flow x is not let through", at, [], null, null).ToString());
        Assert.Equal("configs/A.cfg:7:3: error P3: zone isolation; path A:Vlanif1 → A:Vlanif2; packet tcp 10.0.0.1:40000 → 10.0.1.1:1 gets through; contradicts policy/network.yaml:4:5",
            new Finding("NC9301", "P3", Severity.Error, "zone isolation", at, ["A:Vlanif1", "A:Vlanif2"], "tcp 10.0.0.1:40000 → 10.0.1.1:1", policy).ToString());
    }

    [Fact]
    public void The_verifier_names_what_it_evaluates_and_counts_only_errors()
    {
        Assert.Equal(["P1 (layer 2, layer 3, management, address census)", "P2", "P3", "P4", "P5", "parse coverage"], Verifier.Evaluated.ToArray());
        var at = new SourceSpan("configs/A.cfg", 7, 1);
        var error = new Finding("NC9402", "P4", Severity.Error, "least privilege: a", at, [], null, null);
        var warning = error with { Severity = Severity.Warning, Code = "NC9401" };
        Assert.Equal(2, new VerifyResult([error, warning, error], [], FlowMatrix.Empty).Errors);
    }

    [Fact]
    public void Missing_configs_are_listed_in_hostname_order()
    {
        using var repo = new MiniRepo();
        var context = new ModelIndex(CompileHarness.Model(repo.Write()), MiniRepo.Today);

        var parsed = Verifier.ParseAll(context, host => host == "EXT-CORE-01" ? null : host == "INT-CORE-01" ? null : host == "EXT-ACC-01" ? null : "return\n", "configs");

        Assert.Equal(["no config for EXT-ACC-01 at configs/EXT-ACC-01.cfg", "no config for EXT-CORE-01 at configs/EXT-CORE-01.cfg", "no config for INT-CORE-01 at configs/INT-CORE-01.cfg"],
            parsed.Missing.Select(f => f.Message));
        Assert.Equal(["EXT-EGRESS-01"], parsed.Facts.Keys);
    }

    [Fact]
    public void The_verifier_reads_the_configs_of_inventory_devices_of_declared_planes_in_hostname_order()
    {
        // A device of a plane the policy does not declare (validation would reject it) and a config no inventory device has are passed over.
        using var repo = new MiniRepo();
        repo.Replace("inventory/devices/EXT-ACC-01.yaml", "plane: external", "plane: dmz");
        var diagnostics = new DiagnosticBag();
        var context = new ModelIndex(PolicyLoader.Load(repo.Write(), diagnostics)!, MiniRepo.Today);
        var facts = new[] { "INT-CORE-01", "STRAY-01", "EXT-ACC-01", "EXT-CORE-01" }
            .ToDictionary(h => h, h => new DeviceFacts($"configs/{h}.cfg", "test", h, [], [], [], [], [], [], 1, true), StringComparer.Ordinal);

        var input = new VerifyInput(context, facts);

        Assert.Equal(["EXT-CORE-01", "INT-CORE-01"], input.Devices().Select(d => d.Host));
        Assert.Equal(("dmz", "internal", string.Empty), (input.PlaneOf("EXT-ACC-01"), input.PlaneOf("INT-CORE-01"), input.PlaneOf("STRAY-01")));
    }
}
