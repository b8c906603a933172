using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// Every registered dialect's factory default for a port whose mode the config leaves unsaid
/// (<see cref="Dialect.FactoryPort"/>): its parser reads such a port that way, and verify never
/// passes it as clean. The port is a live access port of the dialect's largest golden config with
/// every line but its description removed, so no test knows a dialect's spelling.
/// </summary>
public sealed class FactoryPortTests(CompiledExample example) : IClassFixture<CompiledExample>
{
    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void A_port_without_a_mode_reads_as_its_dialects_factory_default(string dialectId)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var (host, port, text) = BarePort(dialect);

        var parsed = Assert.Single(dialect.Parse(text, host + ".cfg").Interfaces, i => i.Name == port.Name);

        var expected = dialect.FactoryPort;
        Assert.Equal((expected.Mode, (int?)expected.Vlan), (parsed.Mode, parsed.AccessVlan));
        Assert.Equal(expected.Negotiates, parsed.AllVlans);
    }

    [Theory]
    [MemberData(nameof(DialectSamples.Ids), MemberType = typeof(DialectSamples))]
    public void Verify_never_passes_a_port_left_to_its_factory_default(string dialectId)
    {
        var dialect = DialectRegistry.Find(dialectId)!;
        var (host, port, text) = BarePort(dialect);
        var folder = example.CopyWith(host, _ => text);

        var findings = Verifier.Run(example.Context, folder, "configs").Findings.Where(f => f.Path.Contains($"{host}:{port.Name}")).ToList();

        Assert.Contains(findings, f => f.Severity == Severity.Error);
        Assert.Equal(dialect.FactoryPort.Negotiates, findings.Exists(f => f.Code == Codes.PortMayNegotiateTrunk));
    }

    /// <summary>The dialect's largest golden config with one live access port's section cut down to its header and description.</summary>
    private static (string Host, InterfaceFact Port, string Text) BarePort(Dialect dialect)
    {
        var (host, path) = DialectSamples.LargestOf(dialect.Id);
        var text = File.ReadAllText(path);
        var port = dialect.Parse(text, path).Interfaces.First(i =>
            dialect.IsPortName(i.Name) && i.Mode == PortMode.Access && !i.Shutdown && i.Aggregate is null && i.Description is not null);
        var lines = text.Split('\n').ToList();
        var end = lines.FindIndex(port.Line, l => l.Length > 0 && !char.IsWhiteSpace(l[0]));
        var kept = lines.Take(port.Line)
            .Concat(lines.Skip(port.Line).Take(end - port.Line).Where(l => l.TrimStart().StartsWith("description ", StringComparison.Ordinal)))
            .Concat(lines.Skip(end));
        return (host, port, string.Join('\n', kept));
    }
}
