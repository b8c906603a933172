using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// How a switch's Ethernet port forwards when its config states no mode (the factory default): in
/// <paramref name="Mode"/> with <paramref name="Vlan"/> as its untagged VLAN. A mode that may
/// negotiate (<see cref="PortMode.Dynamic"/>) also carries every VLAN, since the far end decides.
/// </summary>
public sealed record FactoryPort(PortMode Mode, int Vlan)
{
    public bool Negotiates => Mode == PortMode.Dynamic;
}

public abstract partial class Dialect
{
    /// <summary>
    /// A switch's Ethernet port with no mode line, as the device runs it. The parser reads such a port
    /// this way (tests hold every dialect to it), and tests that leave a port's mode unsaid expect it.
    /// </summary>
    public abstract FactoryPort FactoryPort { get; }
}
