using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Global IPv6 lines. Routes forward IPv6, which the verifier does not prove, so each is recorded as
/// such; prefix lists and DHCPv6 pools only name addresses (a prefix list filters only where a
/// route policy uses it, on IPv6 routes already reported).
/// </summary>
internal static class HuaweiVrpIpv6Reader
{
    public static bool Route(ConfigNode node, HuaweiVrpReader reader)
    {
        reader.Facts.Unproven(node, HuaweiVrpReader.Global, UnprovenKind.Ipv6);
        reader.ChildrenUnknown(node, true);
        return true;
    }

    public static bool Definition(ConfigNode node, HuaweiVrpReader reader)
    {
        reader.GlobalLines(node.Children);
        return true;
    }

    /// <summary>A DHCPv6 pool: what the device hands out to hosts, every child harmless.</summary>
    public static bool Pool(ConfigNode node, HuaweiVrpReader reader) => true;
}
