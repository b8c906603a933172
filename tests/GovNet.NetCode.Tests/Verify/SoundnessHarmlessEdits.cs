using GovNet.NetCode.Testing.Mutations;
using static GovNet.NetCode.Testing.Mutations.DialectLines;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Edits that change nothing a packet or a VLAN depends on: text, logging, LLDP, a labelled unused
/// port left shut, the order of independent sections. A sound verifier may still reject what it does
/// not understand, but it must not turn any of these into a new violation.
/// </summary>
public static class SoundnessHarmlessEdits
{
    public const string Harmless = "harmless";

    public static IReadOnlyList<SoundnessEdit> All { get; } =
    [
        .. EveryDialect("port description changed", Description),
        .. EveryDialect("login banner added", (n, d, r) => Statement(n, d, r, Of(d).LoginBanner)),
        .. EveryDialect("console logging off", (n, d, r) => Statement(n, d, r, Of(d).QuietConsole)),
        .. EveryDialect("LLDP enabled", (n, d, r) => Statement(n, d, r, Of(d).Lldp)),
        .. EveryDialect("unused port shut down in a VLAN of its plane", (n, d, r) => ParkedPort(n, d, r, inVlan: true)),
        .. EveryDialect("unused port shut down with no mode", (n, d, r) => ParkedPort(n, d, r, inVlan: false)),
        .. EveryDialect("two VLAN sections swapped", (n, d, r) => Swap(n, d, r, IsVlanHeader, "VLAN")),
        .. EveryDialect("two ACL sections swapped", (n, d, r) => Swap(n, d, r, IsAclHeader, "ACL")),
    ];

    private static IEnumerable<SoundnessEdit> EveryDialect(string name, Func<SoundnessNetwork, string, Random, AppliedEdit?> apply) =>
        DialectLines.All.Select(d => new SoundnessEdit(Harmless, d, name, (n, r) => apply(n, d, r)));

    private static string? AnyHost(SoundnessNetwork network, string dialect, Random random, Func<string, bool>? where = null)
    {
        var hosts = network.Hosts(dialect).Where(where ?? (_ => true)).ToList();
        return hosts.Count == 0 ? null : hosts[random.Next(hosts.Count)];
    }

    /// <summary>A note appended to a port's description; the plane tag in front stays as it was.</summary>
    private static AppliedEdit? Description(SoundnessNetwork network, string dialect, Random random)
    {
        if (AnyHost(network, dialect, random) is not { } host)
        {
            return null;
        }

        var text = network.Text(host);
        var ports = Enumerable.Range(1, text.Lines.Count - 1)
            .Where(i => text.Lines[i].StartsWith(" description ", StringComparison.Ordinal) && text.Lines[i - 1].StartsWith("interface ", StringComparison.Ordinal))
            .ToList();
        var at = ports[random.Next(ports.Count)];
        text.Replace(at, text.Lines[at] + " (rack A3, patch 12)");
        return new AppliedEdit(host, text, $"{text.Lines[at - 1]} description changed");
    }

    private static AppliedEdit? Statement(SoundnessNetwork network, string dialect, Random random, string line)
    {
        if (AnyHost(network, dialect, random) is not { } host)
        {
            return null;
        }

        var text = network.Text(host);
        text.AddStatement(line);
        return new AppliedEdit(host, text, line);
    }

    private static AppliedEdit? ParkedPort(SoundnessNetwork network, string dialect, Random random, bool inVlan)
    {
        if (AnyHost(network, dialect, random) is not { } host)
        {
            return null;
        }

        var plane = network.PlaneOf(host);
        var facts = network.Facts[host];

        // An access VLAN the device already gives its users, else its plane's management VLAN.
        var vlan = inVlan ? facts.Interfaces.Select(i => i.AccessVlan).FirstOrDefault(v => v is not null) ?? network.ManagementVlan(plane) : (int?)null;
        var port = network.SparePort(host);
        var text = network.Text(host);
        text.AddInterface(Of(dialect).ParkedPort(port, $"{network.Tag(plane)} unused", vlan));
        return new AppliedEdit(host, text, $"{port} shut down{(vlan is { } v ? $" in VLAN {v}" : string.Empty)}");
    }

    private static AppliedEdit? Swap(SoundnessNetwork network, string dialect, Random random, Func<string, bool> header, string what)
    {
        if (AnyHost(network, dialect, random, h => network.Texts[h].Split('\n').Count(header) >= 2) is not { } host)
        {
            return null;
        }

        var text = network.Text(host);
        var headers = Enumerable.Range(0, text.Lines.Count).Where(i => header(text.Lines[i])).ToList();
        var first = random.Next(headers.Count);
        var second = (first + 1 + random.Next(headers.Count - 1)) % headers.Count;
        var names = $"{text.Lines[headers[first]]} / {text.Lines[headers[second]]}";
        text.Swap(headers[first], headers[second]);
        return new AppliedEdit(host, text, $"{what} sections swapped: {names}");
    }
}
