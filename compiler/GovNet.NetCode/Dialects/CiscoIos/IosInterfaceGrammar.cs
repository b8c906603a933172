using System.Collections.Immutable;
using GovNet.NetCode.Model;
using Sprache;
using static GovNet.NetCode.Dialects.CiscoIos.IosTokens;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Interface and VLAN lines: <c>ip address A M [secondary]</c>, <c>ip access-group NAME in|out</c>,
/// <c>switchport access vlan N</c>, <c>switchport trunk native vlan N</c>,
/// <c>switchport trunk allowed vlan [add|remove|except] LIST | all | none</c> and the
/// <c>vlan LIST</c> section header. VLAN lists are one word of ids and ranges (<c>1,2,99,1002-1005</c>).
/// </summary>
internal static class IosInterfaceGrammar
{
    private static readonly Parser<int> VlanId = InlineNumber(1, 4094);

    private static readonly Parser<VlanRange> VlanItem =
        from first in VlanId
        from last in Parse.Char('-').Then(_ => VlanId).Optional()
        where !last.IsDefined || last.Get() >= first
        select new VlanRange(first, last.IsDefined ? last.Get() : first);

    // Kept as ranges: "1-4094" stays one item until something needs the ids.
    private static readonly Parser<ImmutableArray<VlanRange>> VlanList =
        VlanItem.DelimitedBy(Parse.Char(',')).Token().Select(items => items.ToImmutableArray()).Named("a VLAN list");

    public static readonly Parser<IosAddressLine> IpAddress =
        from keyword in Phrase("ip address")
        from address in Ipv4
        from length in Mask
        from secondary in Keyword("secondary").Return(true).Or(Parse.Return(false))
        select new IosAddressLine(new InterfaceAddress(address, length), secondary);

    public static readonly Parser<IosAccessGroup> AccessGroup =
        from keyword in Phrase("ip access-group")
        from name in Word
        from inbound in Keyword("in").Return(true).Or(Keyword("out").Return(false))
        select new IosAccessGroup(name, inbound);

    public static readonly Parser<IosVlanNumber> AccessVlan =
        from words in Phrase("switchport access vlan")
        from id in Number(1, 4094)
        select new IosVlanNumber(id);

    public static readonly Parser<IosVlanNumber> NativeVlan =
        from words in Phrase("switchport trunk native vlan")
        from id in Number(1, 4094)
        select new IosVlanNumber(id);

    public static readonly Parser<IosTrunkChange> TrunkAllowed =
        from words in Phrase("switchport trunk allowed vlan")
        from change in
            Keyword("all").Return(new IosTrunkChange(TrunkChangeKind.All, []))
            .Or(Keyword("none").Return(new IosTrunkChange(TrunkChangeKind.None, [])))
            .Or(from add in Keyword("add") from list in VlanList select new IosTrunkChange(TrunkChangeKind.Add, list))
            .Or(from remove in Keyword("remove") from list in VlanList select new IosTrunkChange(TrunkChangeKind.Remove, list))
            .Or(from except in Keyword("except") from list in VlanList select new IosTrunkChange(TrunkChangeKind.Except, list))
            .Or(VlanList.Select(list => new IosTrunkChange(TrunkChangeKind.Set, list)))
        select change;

    /// <summary>The header of a VLAN section: <c>vlan 10</c> or <c>vlan 10,20-30</c>.</summary>
    public static readonly Parser<IosVlanIds> VlanHeader =
        from keyword in Keyword("vlan")
        from list in VlanList
        select new IosVlanIds(list);
}

internal sealed record IosAddressLine(InterfaceAddress Address, bool Secondary);

/// <summary>An ACL bound to an interface in one direction.</summary>
internal sealed record IosAccessGroup(string Name, bool Inbound);

internal sealed record IosVlanNumber(int Id);

/// <summary>The VLANs a <c>vlan</c> header names, as ranges.</summary>
internal sealed record IosVlanIds(ImmutableArray<VlanRange> Ranges)
{
    public IEnumerable<int> Ids => Ranges.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).Distinct().Order();
}

/// <summary>An inclusive range of VLAN ids; a single VLAN has <c>From == To</c>.</summary>
internal readonly record struct VlanRange(int From, int To);

internal enum TrunkChangeKind
{
    Set,
    Add,
    Remove,
    Except,
    All,
    None,
}

/// <summary>One <c>switchport trunk allowed vlan</c> line: what it does to the trunk's VLAN set.</summary>
internal sealed record IosTrunkChange(TrunkChangeKind Kind, ImmutableArray<VlanRange> Vlans);
