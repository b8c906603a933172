using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>One broad bridge reads as a handful of findings: one per property, source and destination zone, with the first packet seen.</summary>
public sealed class ViolationGroupTests
{
    private static Endpoint Segment(string name, string zone) => new(EndpointKind.Segment, name, "external", zone, name[..name.IndexOf('@', StringComparison.Ordinal)]);

    [Fact]
    public void Packets_from_one_source_into_one_zone_are_one_finding_naming_three_examples()
    {
        var groups = new ViolationGroups();
        var source = Segment("finance@public", "public");
        var first = new SourceSpan("configs/EXT-CORE-01.cfg", 45, 1);
        var later = new SourceSpan("configs/EXT-CORE-01.cfg", 50, 1);
        groups.Add("NC9301", "P3", "zone isolation", source, Segment("d@dedicated", "dedicated"), Severity.Error, first, ["EXT-CORE-01:Vlanif110"], "tcp first", null, "no declared flow permits it");
        foreach (var unit in new[] { "c", "b", "a" })
        {
            groups.Add("NC9301", "P3", "zone isolation", source, Segment($"{unit}@dedicated", "dedicated"), Severity.Error, later, [], "tcp later", null, "no declared flow permits it");
        }

        groups.Add("NC9301", "P3", "zone isolation", source, Segment("a@dedicated", "dedicated"), Severity.Error, later, [], "tcp again", null, "no declared flow permits it");
        groups.Add("NC9204", "P2", "internet only via egress", source, Endpoints.Internet, Severity.Error, later, [], "tcp out", null, "no declared flow permits it");
        foreach (var unit in new[] { "x", "y", "z" })
        {
            groups.Add("NC9301", "P3", "zone isolation", source, Segment($"{unit}@office", "office"), Severity.Error, later, [], "tcp office", null, "no declared flow permits it");
        }

        var findings = groups.Findings().ToList();
        Assert.Equal(3, findings.Count);
        var zone = Assert.Single(findings, f => f.Property == "P3" && f.Message.Contains("zone dedicated", StringComparison.Ordinal));
        Assert.Equal("zone isolation: finance@public reaches 4 endpoint(s) in zone dedicated (a@dedicated, b@dedicated, c@dedicated, …); no declared flow permits it", zone.Message);
        Assert.Equal((first, "tcp first"), (zone.At, zone.Packet));
        Assert.Equal(["EXT-CORE-01:Vlanif110"], zone.Path.ToArray());
        var office = Assert.Single(findings, f => f.Message.Contains("zone office", StringComparison.Ordinal));
        Assert.Contains("reaches 3 endpoint(s) in zone office (x@office, y@office, z@office); no", office.Message, StringComparison.Ordinal);
        var internet = Assert.Single(findings, f => f.Property == "P2");
        Assert.Equal("internet only via egress: finance@public reaches 1 endpoint(s) in internet (internet); no declared flow permits it", internet.Message);
    }
}
