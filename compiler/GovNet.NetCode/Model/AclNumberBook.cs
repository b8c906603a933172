using System.Collections.Immutable;

namespace GovNet.NetCode.Model;

/// <summary>One ACL rule's number as a compile gave it, with the rule's match and action as text (<c>Rule</c>), its identity.</summary>
public sealed record NumberedRule(long Number, string Rule);

/// <summary>
/// The rule numbers of every ACL of every device, as the last compile gave them: the compiler keeps
/// a rule's number while its match and action stay, so a change renumbers nothing it does not touch.
/// ACLs are keyed by hostname and the ACL's stable key (<c>segment:NAME</c>, <c>in:PORT</c>, <c>out:PORT</c>),
/// not by the ACL number, which may itself move.
/// </summary>
public sealed record AclNumberBook(ImmutableSortedDictionary<(string Device, string Acl), ImmutableArray<NumberedRule>> Acls)
{
    public static readonly AclNumberBook Empty = new(ImmutableSortedDictionary.Create<(string Device, string Acl), ImmutableArray<NumberedRule>>(KeyOrder.Instance));

    public ImmutableArray<NumberedRule> Of(string device, string acl) =>
        Acls.TryGetValue((device, acl), out var rules) ? rules : [];

    /// <summary>Ordinal order, device first, so the file a book is written to reads alike on every machine.</summary>
    public sealed class KeyOrder : IComparer<(string Device, string Acl)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Device, string Acl) x, (string Device, string Acl) y)
        {
            var byDevice = string.CompareOrdinal(x.Device, y.Device);
            return byDevice != 0 ? byDevice : string.CompareOrdinal(x.Acl, y.Acl);
        }
    }
}
