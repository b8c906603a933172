using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.FakeDevice;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>
/// Observed state without SSH: each dialect reads its own tables (and reports what it does not
/// understand), ports are normalised per dialect, the example network as declared has no observed
/// row, and observed state round-trips through a bundle and is refused when changed.
/// </summary>
public sealed class ObservedStateTests
{
    private static readonly ObservedTables Sample = new(
        [new LldpRow("GigabitEthernet1/0/24", "EXT-CORE-01", "02a1b2c3d4e5", "GigabitEthernet0/0/1")],
        [new MacRow("00e0fc123401", 110, "GigabitEthernet1/0/1")],
        [new ArpRow("10.61.110.21", "00e0fc123401", 110, "GigabitEthernet1/0/1")]);

    private static string Observed(Dialect dialect, ObservedTables tables) =>
        ObservedText.Write(dialect.Observed!.Commands.Select(c => (c, ObservedOutput.Render(dialect.Id, c, tables)!)));

    public static TheoryData<string> Dialects() => [.. DialectRegistry.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_dialect_reads_its_own_tables_into_facts_with_full_port_names(string id)
    {
        var dialect = DialectRegistry.Find(id)!;

        var facts = dialect.ReadObserved(Observed(dialect, Sample));

        Assert.Empty(facts.Unparsed);
        var neighbour = Assert.Single(facts.Neighbours);
        Assert.Equal("GigabitEthernet1/0/24", dialect.FullPortName(neighbour.LocalPort));
        Assert.Equal(("EXT-CORE-01", "GigabitEthernet0/0/1"), (neighbour.SystemName, neighbour.PortId));
        var mac = Assert.Single(facts.Macs);
        Assert.Equal((MacAddress.TryParse("00e0-fc12-3401", out var card) ? card : default, 110, "GigabitEthernet1/0/1"), (mac.Mac, mac.Vlan, dialect.FullPortName(mac.Port)));
        var arp = Assert.Single(facts.Arp);
        Assert.Equal((Ipv4Address.Parse("10.61.110.21"), card, 110), (arp.Address, arp.Mac, arp.Vlan));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_line_no_reader_understands_is_reported_with_its_command_and_line(string id)
    {
        var dialect = DialectRegistry.Find(id)!;
        var text = Observed(dialect, Sample) + ObservedText.Write([(dialect.Observed!.MacTableCommand, "something the reader has never seen")]);

        var facts = dialect.ReadObserved(text);

        var unread = Assert.Single(facts.Unparsed);
        Assert.Equal(dialect.Observed.MacTableCommand, unread.Section);
        Assert.Equal("something the reader has never seen", text.Split('\n')[unread.Line - 1]);
    }

    [Theory]
    [InlineData("huawei-vrp", "GE0/0/1", "GigabitEthernet0/0/1")]
    [InlineData("huawei-vrp", "XGE1/0/2", "XGigabitEthernet1/0/2")]
    [InlineData("h3c-comware", "GE1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("h3c-comware", "XGE1/0/49", "Ten-GigabitEthernet1/0/49")]
    [InlineData("h3c-comware", "BAGG1", "Bridge-Aggregation1")]
    [InlineData("cisco-ios", "Gi1/0/1", "GigabitEthernet1/0/1")]
    [InlineData("cisco-ios", "Te1/1/1", "TenGigabitEthernet1/1/1")]
    [InlineData("cisco-ios", "Po3", "Port-channel3")]
    [InlineData("cisco-ios", "GigabitEthernet1/0/1", "GigabitEthernet1/0/1")]
    public void Port_names_are_written_in_full_per_dialect(string id, string printed, string full)
    {
        Assert.Equal(full, DialectRegistry.Find(id)!.FullPortName(printed));
    }

    [Fact]
    public void The_example_network_wired_as_declared_has_no_observed_row()
    {
        var model = CompileHarness.Model(NetcodeProcess.RepositoryRoot());
        var tables = FleetObserved.From(model);
        var collection = new CollectionResult(
            [.. model.Devices.Select(d => new RunningConfig(d.Hostname.Value, string.Empty, "test") { Observed = Observed(DialectRegistry.Find(d.Vendor.Value)!, tables[d.Hostname.Value]) })],
            []);

        var result = ObservedCheck.Run(new ModelIndex(model, new DateOnly(2026, 11, 24)), collection);

        Assert.True(result.Differences.IsEmpty, string.Join('\n', result.Differences.Select(d => $"{d.Code} {d.Device}:{d.Port} {d.Message} {d.Evidence}")));
        Assert.Empty(result.NotObserved);
        Assert.Contains(tables.Values, t => t.Macs.Count > 0);
        Assert.Contains(tables.Values, t => t.Neighbours.Count > 0);
    }

    [Fact]
    public void Observed_state_round_trips_through_a_bundle_and_a_changed_table_is_refused()
    {
        using var folder = new TemporaryDirectory("netcode-observed-bundle");
        var file = Path.Combine(folder.Path, "b.tar");
        var dialect = DialectRegistry.Find("h3c-comware")!;
        var config = new RunningConfig("EXT-ACC-01", "sysname EXT-ACC-01\nreturn\n", "ssh://ops@10.61.0.11:22") { Observed = Observed(dialect, Sample) };
        BundleWriter.Write(file, "external", DateTimeOffset.UnixEpoch, new CollectionResult([config], []));

        var diagnostics = new DiagnosticBag();
        var read = BundleReader.Read(file, diagnostics);

        Assert.Equal(config, Assert.Single(read!.Result.Configs));

        var bytes = File.ReadAllBytes(file);
        var at = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("00e0-fc12-3401", StringComparison.Ordinal);
        bytes[at] = (byte)'f';
        File.WriteAllBytes(file, bytes);
        Assert.Null(BundleReader.Read(file, diagnostics));
        Assert.Contains(diagnostics.ToSortedArray(), d => d.Code == Codes.BundleInvalid && d.Message.Contains("observed/EXT-ACC-01.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_device_without_observed_state_is_listed_not_judged()
    {
        var model = CompileHarness.Model(new MiniRepo().Write());
        var collection = new CollectionResult([new RunningConfig("EXT-CORE-01", string.Empty, "old bundle")], []);

        var result = ObservedCheck.Run(new ModelIndex(model, new DateOnly(2026, 11, 24)), collection);

        Assert.Empty(result.Differences);
        Assert.Equal(["EXT-CORE-01"], result.NotObserved.ToArray());
    }

    [Fact]
    public void Every_drift_format_shows_an_observed_row_with_its_fix_and_owner_in_both_languages()
    {
        var row = new ObservedDifference(ObservedDifference.Hosts, "mac-in-both-planes", "INT-CORE-01", "GigabitEthernet1/0/3", DriftRank.Critical,
            "card 00e0-fc12-3401 seen in both planes", "policy/hosts/finance.yaml:2", "张伟", "observed/INT-CORE-01.txt:7: 510 00e0.fc12.3401 DYNAMIC Gi1/0/3") { Properties = ["P1"] };
        var report = new DriftReport("test-net", [], [], []) { Observed = [row], NotObserved = ["EXT-EGRESS-01"] };

        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            foreach (var (culture, fix) in new[] { ("en", "if the wire is right, change policy/hosts/finance.yaml:2"), ("zh-CN", "若实际接线正确，请修改 policy/hosts/finance.yaml:2") })
            {
                System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
                var text = Report.DriftTextWriter.Plain(report);
                Assert.Contains("mac-in-both-planes INT-CORE-01:GigabitEthernet1/0/3", text, StringComparison.Ordinal);
                Assert.Contains(fix, text, StringComparison.Ordinal);
                Assert.Contains("张伟", text, StringComparison.Ordinal);
                Assert.Contains("EXT-EGRESS-01", text, StringComparison.Ordinal);
                foreach (var page in new[] { Report.DriftMarkdownWriter.Write(report), Report.DriftHtmlWriter.Write(report) })
                {
                    Assert.Contains("mac-in-both-planes", page, StringComparison.Ordinal);
                    Assert.Contains("policy/hosts/finance.yaml:2", page, StringComparison.Ordinal);
                    Assert.Contains(System.Net.WebUtility.HtmlEncode("张伟"), page, StringComparison.Ordinal);
                }

                Assert.True(report.HasDrift);
                Assert.Equal(1, report.Count(DriftRank.Critical));
                var json = System.Text.Json.Nodes.JsonNode.Parse(Report.DriftJsonWriter.Write(report))!;
                Assert.Equal("critical", (string)json["observed"]![0]!["rank"]!);
                Assert.Equal("EXT-EGRESS-01", (string)json["notObserved"]![0]!);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
