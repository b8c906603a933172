using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Load;

/// <summary>
/// Units, hosts and devices are loaded in one parallel loop, yet the loader reports their mistakes as
/// when each folder was read in turn: the units', then the services' and flows', then the hosts' and
/// devices', each folder's in file order and each file's in its own order.
/// </summary>
public sealed class LoadOrderTests
{
    [Fact]
    public void Mistakes_are_reported_folder_by_folder_in_file_order()
    {
        using var repo = new MiniRepo()
            .Replace("policy/units/finance.yaml", "title: 财政局", "title: 财政局\ncolour: red\nshade: dark")
            .Replace("policy/units/center.yaml", "id: center", "id: center\ncolour: blue")
            .With("policy/flows.yaml", new MiniRepo().Text("policy/flows.yaml") + "colour: green\n")
            .With("policy/hosts/b.yaml", "hosts: 5\n")
            .With("policy/hosts/a.yaml", "hosts: 6\n")
            .Replace("inventory/devices/INT-CORE-01.yaml", "vendor:", "colour: grey\nvendor:")
            .Replace("inventory/devices/EXT-ACC-01.yaml", "vendor:", "colour: white\nvendor:");
        var diagnostics = new DiagnosticBag();

        Assert.Null(PolicyLoader.Load(repo.Write(), diagnostics));

        var files = diagnostics.Items.Select(d => $"{d.Span.File}:{d.Span.Line}").ToList();
        Assert.Equal(
            [
                "policy/units/center.yaml:2", "policy/units/finance.yaml:3", "policy/units/finance.yaml:4",
                "policy/flows.yaml:" + (new MiniRepo().Text("policy/flows.yaml").Count(c => c == '\n') + 1),
                "policy/hosts/a.yaml:1", "policy/hosts/b.yaml:1",
                "inventory/devices/EXT-ACC-01.yaml:" + LineOf(repo, "inventory/devices/EXT-ACC-01.yaml", "colour:"),
                "inventory/devices/INT-CORE-01.yaml:" + LineOf(repo, "inventory/devices/INT-CORE-01.yaml", "colour:"),
            ],
            files);
    }

    private static int LineOf(MiniRepo repo, string file, string text)
    {
        var all = repo.Text(file);
        return all[..all.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
    }
}
