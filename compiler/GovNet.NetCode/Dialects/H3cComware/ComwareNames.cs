using System.Collections.Frozen;
using GovNet.NetCode.Dialects.HuaweiVrp;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The names Comware accepts, and writes back, in place of protocol and port numbers in ACL rules
/// (H3C ACL command reference: "rule (advanced IPv4 ACL view)"). Comware shares VRP's lineage and its
/// name tables; it adds <c>ssh</c> as a TCP port name. TCP and UDP names never clash on a number, so
/// one table serves both.
/// </summary>
internal static class ComwareNames
{
    public static readonly FrozenDictionary<string, int> Protocols = HuaweiVrpServiceNames.Protocols;

    public static readonly FrozenDictionary<string, int> Ports =
        HuaweiVrpServiceNames.Ports.Append(KeyValuePair.Create("ssh", 22)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
