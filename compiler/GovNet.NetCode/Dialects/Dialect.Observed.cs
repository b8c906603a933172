using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>What a dialect knows about the wire as its devices report it (LLDP, MAC and ARP tables).</summary>
public abstract partial class Dialect
{
    /// <summary>The reader of this dialect's observed-state commands; null where the dialect has none (nothing is asked, nothing observed).</summary>
    public virtual ObservedReader? Observed => null;

    /// <summary>Reads an observed-state file of this dialect into facts; never throws.</summary>
    public ObservedFacts ReadObserved(string text) => Observed?.Read(text) ?? ObservedFacts.Empty;

    /// <summary>
    /// A port name as this dialect prints it in tables (GE0/0/1, Gi1/0/1, BAGG1) written in full as the
    /// inventory writes it (GigabitEthernet0/0/1); a name already in full, or unknown, comes back as is.
    /// </summary>
    public string FullPortName(string name) => Observed?.FullPortName(name) ?? name;
}
