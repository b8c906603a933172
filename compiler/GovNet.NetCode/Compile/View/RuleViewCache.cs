using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The parts of ACL rule views that repeat across a network: the same few hundred prefixes and flow
/// reasons appear in hundreds of thousands of rules of a city network, so each is formatted (and made
/// config-safe) once per compile and the immutable view shared.
/// </summary>
internal sealed class RuleViewCache
{
    private readonly Dictionary<Ipv4Prefix, AddressView> addresses = [];
    private readonly Dictionary<string, string> remarks = new(StringComparer.Ordinal);

    public AddressView Address(Ipv4Prefix prefix)
    {
        if (!addresses.TryGetValue(prefix, out var view))
        {
            addresses[prefix] = view = ViewFactory.Address(prefix);
        }

        return view;
    }

    public string Remark(AclRule rule)
    {
        if (!remarks.TryGetValue(rule.Reason, out var remark))
        {
            remarks[rule.Reason] = remark = ConfigText.Safe(rule.Reason, 100);
        }

        return remark;
    }
}
