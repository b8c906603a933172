using System.Collections.Immutable;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>The step-by-step check on the whole example network: an intermediate state that joins the planes is found, named and reported.</summary>
public sealed class SafeOrderTests
{
    private static Dictionary<string, (Dialect Dialect, List<PatchNode> Tree)> Network() =>
        DriftHarness.Configs.ToDictionary(
            c => c.Hostname,
            c => (DialectRegistry.Find(c.Vendor)!, PatchNode.Parse(DialectRegistry.Find(c.Vendor)!, c.Text, IgnorePatterns.None)),
            StringComparer.Ordinal);

    private static PatchStep Global(string command, string subject) => new([], [new PatchCommand(0, command)], subject, Removal: false);

    [Fact]
    public void A_step_that_joins_the_planes_until_a_later_step_undoes_it_is_reported_unsafe()
    {
        // An internal device routes an external prefix for one step: neither the first nor the last state has it.
        const string route = "ip route-static 10.61.1.0 255.255.255.0 172.16.0.2";
        var steps = new Dictionary<string, ImmutableArray<PatchStep>>(StringComparer.Ordinal)
        {
            ["INT-CORE-01"] = [Global(route, route), Global("undo ip route-static 10.61.1.0 255.255.255.0 172.16.0.2", route)],
        };

        var (ordered, unsafeSteps, moved, verified) = SafeOrder.Schedule(DriftHarness.Context(), Network(), steps, PatchDirection.Patch);

        var step = Assert.Single(unsafeSteps);
        Assert.Equal(("INT-CORE-01", 1, route), (step.Hostname, step.Step, step.Title));
        Assert.Contains(step.Opens, f => f.Property == "P1");
        Assert.Empty(moved);
        Assert.Equal(2, ordered["INT-CORE-01"].Length);
        Assert.True(verified >= 4, $"{verified} states verified");
    }

    [Fact]
    public void Steps_that_keep_the_planes_apart_keep_the_table_order()
    {
        var steps = new Dictionary<string, ImmutableArray<PatchStep>>(StringComparer.Ordinal)
        {
            ["INT-CORE-01"] = [Global("ntp-service unicast-server 172.16.0.123", "ntp-service unicast-server 172.16.0.123")],
            ["EXT-CORE-01"] = [Global("info-center loghost 10.61.0.15", "info-center loghost 10.61.0.15")],
        };

        var (ordered, unsafeSteps, moved, _) = SafeOrder.Schedule(DriftHarness.Context(), Network(), steps, PatchDirection.Patch);

        Assert.Empty(unsafeSteps);
        Assert.Empty(moved);
        Assert.Single(ordered["INT-CORE-01"]);
        Assert.Single(ordered["EXT-CORE-01"]);
    }
}
