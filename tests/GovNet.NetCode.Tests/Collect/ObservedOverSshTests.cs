using System.Text.Json.Nodes;
using GovNet.NetCode.FakeDevice;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Tests.Hosts;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Collect;

/// <summary>
/// Observed state end to end against a real sshd: the fake devices answer LLDP, MAC and ARP from the
/// test network's cabling and host registry, and each planted situation is exactly one kind of drift
/// row with its rank; the clean network has none.
/// </summary>
[Collection(SshFleetCollection.Name)]
public sealed class ObservedOverSshTests(SharedFleet fleet)
{
    private static readonly IReadOnlyDictionary<string, string> Files =
        new Dictionary<string, string>(MiniRepo.DefaultFiles) { [HostRepo.File] = HostRepo.Registry };

    private static NetcodeProcess.Outcome Netcode(FleetRepo repo, params string[] arguments) =>
        Support.Netcode.Run(repo.Root, [.. arguments, .. arguments[0] == "drift" ? new[] { "--today", "2026-11-24" } : []]);

    /// <summary>(code, device:port, rank) of every observed row of a JSON drift report.</summary>
    private static List<(string Code, string Where, string Rank)> Rows(NetcodeProcess.Outcome run)
    {
        var json = JsonNode.Parse(run.StandardOutput)!;
        return [.. json["observed"]!.AsArray().Select(r => ((string)r!["code"]!, $"{r["device"]}:{r["port"]}", (string)r["rank"]!))];
    }

    private static ObservedTables With(ObservedTables tables, IEnumerable<LldpRow>? neighbours = null, IEnumerable<MacRow>? macs = null, IEnumerable<ArpRow>? arp = null) =>
        new([.. tables.Neighbours, .. neighbours ?? []], [.. tables.Macs, .. macs ?? []], [.. tables.Arp, .. arp ?? []]);

    [Fact]
    public void The_clean_network_reports_no_observed_row_in_either_plane()
    {
        using var repo = FleetRepo.Start(fleet, Files);
        foreach (var plane in new[] { "external", "internal" })
        {
            var run = Netcode(repo, "drift", "--plane", plane, "--format", "json");
            Assert.True(run.ExitCode == 0, run.StandardError + run.StandardOutput);
            Assert.Empty(Rows(run));
            Assert.Empty(JsonNode.Parse(run.StandardOutput)!["notObserved"]!.AsArray());
        }
    }

    [Fact]
    public void Two_cables_swapped_at_the_core_are_two_far_port_rows_naming_the_inventory_lines()
    {
        using var repo = FleetRepo.Start(fleet, Files, observe: (host, tables) => host switch
        {
            "EXT-CORE-01" => tables with
            {
                Neighbours = [.. tables.Neighbours.Select(n => n with { LocalPort = n.LocalPort == "GigabitEthernet0/0/1" ? "GigabitEthernet0/0/2" : n.LocalPort == "GigabitEthernet0/0/2" ? "GigabitEthernet0/0/1" : n.LocalPort })],
            },
            "EXT-ACC-01" or "EXT-EGRESS-01" => tables with
            {
                Neighbours = [.. tables.Neighbours.Select(n => n with { PortId = n.PortId == "GigabitEthernet0/0/1" ? "GigabitEthernet0/0/2" : "GigabitEthernet0/0/1" })],
            },
            _ => tables,
        });

        var run = Netcode(repo, "drift", "--plane", "external", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [("far-port-differs", "EXT-ACC-01:GigabitEthernet1/0/24", "high"), ("far-port-differs", "EXT-EGRESS-01:GigabitEthernet0/0/1", "high")],
            Rows(run));
        Assert.Contains("inventory/devices/EXT-ACC-01.yaml:7", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_switch_under_a_desk_is_one_high_undeclared_device_row()
    {
        using var repo = FleetRepo.Start(fleet, Files, observe: (host, tables) => host == "EXT-ACC-01"
            ? With(tables, neighbours: [new LldpRow("GigabitEthernet1/0/5", "TP-LINK-SG108", "50c7bf001122", "Port 1")])
            : tables);

        var run = Netcode(repo, "drift", "--plane", "external", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([("undeclared-device", "EXT-ACC-01:GigabitEthernet1/0/5", "high")], Rows(run));
        Assert.Contains("undeclared device on EXT-ACC-01:GigabitEthernet1/0/5", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_from_the_external_access_switch_to_the_internal_core_is_critical_P1_seen_from_one_plane()
    {
        using var repo = FleetRepo.Start(fleet, Files, observe: (host, tables) => host switch
        {
            "EXT-ACC-01" => With(tables, neighbours: [new LldpRow("GigabitEthernet1/0/8", "INT-CORE-01", FleetObserved.ChassisOf("INT-CORE-01"), "Gi1/0/5")]),
            "INT-CORE-01" => With(tables, neighbours: [new LldpRow("GigabitEthernet1/0/5", "EXT-ACC-01", FleetObserved.ChassisOf("EXT-ACC-01"), "GigabitEthernet1/0/8")]),
            _ => tables,
        });

        var run = Netcode(repo, "drift", "--plane", "external", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([("cross-plane", "EXT-ACC-01:GigabitEthernet1/0/8", "critical")], Rows(run));
        Assert.Equal("P1", (string)JsonNode.Parse(run.StandardOutput)!["observed"]![0]!["properties"]![0]!);
    }

    [Fact]
    public void An_unregistered_pc_is_one_high_row_with_its_address()
    {
        using var repo = FleetRepo.Start(fleet, Files, observe: (host, tables) => host == "EXT-ACC-01"
            ? With(tables, macs: [new MacRow("a4bb6d000099", 110, "GigabitEthernet1/0/6")], arp: [new ArpRow("10.61.110.99", "a4bb6d000099", 110, "GigabitEthernet1/0/6")])
            : tables);

        var run = Netcode(repo, "drift", "--plane", "external", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([("unregistered-host", "EXT-ACC-01:GigabitEthernet1/0/6", "high")], Rows(run));
        Assert.Contains("a4bb-6d00-0099 (IP 10.61.110.99)", run.StandardOutput, StringComparison.Ordinal);

        // Through a folder of configs with their observed tables, the same row.
        var folder = Path.Combine(repo.Root, "running");
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--out", folder).ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "observed", "EXT-ACC-01.txt")));
        var offline = Netcode(repo, "drift", "--running", folder, "--plane", "external", "--format", "json");
        Assert.Equal(Rows(run), Rows(offline));
    }

    [Fact]
    public void A_laptop_seen_in_both_planes_is_one_critical_row_naming_its_owner_through_bundles_and_the_archive()
    {
        // 张伟's registered card (external, EXT-ACC-01 GE1/0/1) also turns up on the internal core.
        using var repo = FleetRepo.Start(fleet, Files, observe: (host, tables) => host == "INT-CORE-01"
            ? With(tables, macs: [new MacRow("00e0fc123401", 510, "GigabitEthernet1/0/3")])
            : tables);
        var external = Path.Combine(repo.Root, "external.tar");
        var internalPlane = Path.Combine(repo.Root, "internal.tar");
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "external", "--bundle", external).ExitCode);
        Assert.Equal(0, Netcode(repo, "fetch", "--plane", "internal", "--bundle", internalPlane).ExitCode);
        var archive = Path.Combine(repo.Root, "archive");

        var run = Netcode(repo, "drift", "--running", external, "--running", internalPlane, "--format", "json", "--archive", archive);

        Assert.True(run.ExitCode == 1, run.StandardError + run.StandardOutput);
        Assert.Equal([("mac-in-both-planes", "INT-CORE-01:GigabitEthernet1/0/3", "critical")], Rows(run));
        Assert.Equal("张伟", (string)JsonNode.Parse(run.StandardOutput)!["observed"]![0]!["owner"]!);
        Assert.Contains("00e0.fc12.3401", File.ReadAllText(Path.Combine(archive, "observed", "INT-CORE-01.txt")), StringComparison.Ordinal);
        Assert.Contains("mac-in-both-planes INT-CORE-01:GigabitEthernet1/0/3", GovNet.NetCode.Tests.Drift.SecretLeakProperties.Git(archive, "log", "--format=%B"), StringComparison.Ordinal);
    }
}
