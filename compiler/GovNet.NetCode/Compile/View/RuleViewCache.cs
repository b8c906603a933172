using System.Collections.Concurrent;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The parts of ACL rule views that repeat across a network: the same few hundred prefixes and flow
/// reasons appear in hundreds of thousands of rules of a city network, so each is formatted (and made
/// config-safe) once per compile and the immutable view shared. Devices are translated on every core
/// and share one cache; a value depends only on its key, so which thread formats it first does not matter.
/// </summary>
internal sealed class RuleViewCache
{
    private readonly ConcurrentDictionary<Ipv4Prefix, AddressView> addresses = new();
    private readonly ConcurrentDictionary<string, string> remarks = new(StringComparer.Ordinal);

    public AddressView Address(Ipv4Prefix prefix) => addresses.GetOrAdd(prefix, ViewFactory.Address);

    public string Remark(AclRule rule) => remarks.GetOrAdd(rule.Reason, static reason => ConfigText.Safe(reason, 100));
}
