using System.Collections;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// One interface while its lines are read, in order, as the device applies them; then its fact.
/// VRP defaults are made explicit: an access port without <c>port default vlan</c> is in VLAN 1,
/// and a trunk carries VLAN 1 (and has PVID 1) until a line says otherwise.
/// </summary>
internal sealed partial class HuaweiVrpInterfaceBuilder(string name, int line)
{
    private const int MaxVlan = 4094;

    private readonly List<InterfaceAddress> secondary = [];
    private InterfaceAddress? primary;
    private string? linkType;
    private bool? portswitch;
    private int? defaultVlan;
    private int? trunkPvid;
    private int? hybridPvid;
    private BitArray? trunkVlans;
    private BitArray? hybridVlans;
    private bool trunkAll;
    private bool hybridAll;

    // VLANs written untagged (VLAN 1 from the start) until taken off the port; a later tagged line
    // leaves them here, which can only overstate what the port sends untagged.
    private BitArray? hybridUntagged;
    private bool hybridUntaggedAll;

    public string Name { get; } = name;

    public int Line { get; } = line;

    public string? Description { get; set; }

    public bool Shutdown { get; set; }

    public string? AclIn { get; set; }

    public string? AclOut { get; set; }

    /// <summary>VLANIF10 → 10; null for every other interface.</summary>
    public int? SviVlan { get; } = SviOf(name);

    public bool Loopback { get; } = name.StartsWith("LoopBack", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Eth-Trunk this port is a member of (<c>eth-trunk N</c>).</summary>
    public string? Aggregate { get; set; }

    /// <summary>The one dot1q VLAN a sub-interface terminates (<c>dot1q termination vid N</c>).</summary>
    public int? Dot1q { get; set; }

    /// <summary>A voice VLAN (<c>voice-vlan N enable</c>): the port may join it tagged once a phone is seen.</summary>
    public int? Voice { get; set; }

    public void SetLinkType(string type) => linkType = type;

    /// <summary><c>undo portswitch</c> makes the port layer 3; <c>portswitch</c> makes it layer 2 again.</summary>
    public void SetPortswitch(bool on) => portswitch = on;

    public void SetDefaultVlan(int vlan) => defaultVlan = vlan;

    public void SetTrunkPvid(int vlan) => trunkPvid = vlan;

    public void SetHybridPvid(int vlan) => hybridPvid = vlan;

    /// <summary>A primary address replaces the previous primary, as on the device; <c>sub</c> adds one.</summary>
    public void AddAddress(InterfaceAddress address, bool sub)
    {
        if (sub)
        {
            secondary.Add(address);
        }
        else
        {
            primary = address;
        }
    }

    /// <summary><c>[undo] port trunk allow-pass vlan …</c>, applied to the trunk's VLAN set (which starts as VLAN 1).</summary>
    public void ChangeTrunkVlans(VlanList list, bool remove) =>
        Change(ref trunkVlans, ref trunkAll, list, remove);

    /// <summary><c>[undo] port hybrid tagged|untagged vlan …</c>: a hybrid port carries every VLAN either way (it starts untagged in VLAN 1).</summary>
    public void ChangeHybridVlans(VlanList list, bool remove, bool untagged)
    {
        Change(ref hybridVlans, ref hybridAll, list, remove);
        if (untagged)
        {
            Change(ref hybridUntagged, ref hybridUntaggedAll, list, remove);
        }
    }

    private static void Change(ref BitArray? set, ref bool all, VlanList list, bool remove)
    {
        set ??= DefaultVlanOne();
        if (list.All)
        {
            set.SetAll(!remove);
            set[0] = false;
            all = !remove;
            return;
        }

        foreach (var run in list.Runs)
        {
            for (var vlan = run.From; vlan <= run.To; vlan++)
            {
                set[vlan] = !remove;
            }
        }
    }

    private static BitArray DefaultVlanOne() => new(MaxVlan + 1) { [1] = true };

    public InterfaceFact ToFact(HuaweiVrpVlanSets sets, Func<string, string> aclId)
    {
        var addresses = primary is { } p ? [p, .. secondary] : secondary.ToImmutableArray();
        var mode = Mode(addresses.Length > 0);
        var (vlans, all) = mode switch
        {
            PortMode.Trunk => linkType == "hybrid" ? sets.Of(hybridVlans ?? DefaultVlanOne(), hybridAll) : sets.Of(trunkVlans ?? DefaultVlanOne(), trunkAll),
            PortMode.Dynamic => NegotiatedTrunk(sets),
            _ => ([], false),
        };
        int? native = mode switch
        {
            PortMode.Trunk when linkType == "hybrid" => hybridPvid ?? 1,
            PortMode.Trunk => trunkPvid ?? 1,
            PortMode.Dynamic => trunkPvid ?? hybridPvid ?? 1,
            _ => null,
        };
        int? access = mode is PortMode.Access or PortMode.Dynamic ? defaultVlan ?? 1 : defaultVlan;
        return VoiceVlan.Join(new InterfaceFact(
            Name,
            Line,
            Description,
            Shutdown,
            mode,
            access,
            vlans,
            all,
            native,
            addresses,
            AclIn is null ? null : aclId(AclIn),
            AclOut is null ? null : aclId(AclOut),
            SviVlan ?? Dot1q,
            Loopback)
        {
            Aggregate = Aggregate,
            UntaggedVlans = mode == PortMode.Trunk && linkType == "hybrid" ? sets.Of(hybridUntagged ?? DefaultVlanOne(), hybridUntaggedAll).Vlans : [],
        }, Voice);
    }

    // An LNP port negotiated into a trunk allows VLANs 1-4094 unless allow-pass lines narrow it
    // (S7700/S9700 V200R011C10 Configuration Guide - Ethernet Switching, "LNP"). Releases whose
    // default link type is hybrid print hybrid membership with no link-type line: it counts too.
    private (ImmutableArray<int> Vlans, bool All) NegotiatedTrunk(HuaweiVrpVlanSets sets)
    {
        if (trunkVlans is null && hybridVlans is null)
        {
            return ([], true);
        }

        var union = new BitArray(MaxVlan + 1);
        union.Or(trunkVlans ?? new BitArray(MaxVlan + 1));
        union.Or(hybridVlans ?? new BitArray(MaxVlan + 1));
        return sets.Of(union, trunkAll || hybridAll);
    }

    // A hybrid port is reported as a trunk carrying its tagged and untagged VLANs together: for
    // reachability both join the port to the VLAN; the facts have no hybrid mode.
    private PortMode Mode(bool hasAddress) => (portswitch, linkType) switch
    {
        (false, _) => PortMode.Routed,
        (_, "access") => PortMode.Access,
        (_, "trunk" or "hybrid") => PortMode.Trunk,
        (_, "negotiation-auto" or "negotiation-desirable") => PortMode.Dynamic,
        _ when hasAddress && SviVlan is null => PortMode.Routed,

        // An Ethernet port with no link-type line keeps its release's default: negotiation-auto or
        // negotiation-desirable on S-series V200R005 and later, hybrid before, access on CloudEngine
        // (S-series Command Reference, "port link-type", Default). Dynamic covers every one of them.
        _ when SwitchableName().IsMatch(Name) => PortMode.Dynamic,
        _ => PortMode.Unknown,
    };

    [GeneratedRegex(@"^(Ethernet|GigabitEthernet|XGigabitEthernet|MultiGE|Eth-Trunk|[0-9]*GE)[0-9/]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SwitchableName();

    private static int? SviOf(string name)
    {
        const string prefix = "Vlanif";
        if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var number = HuaweiVrpLineGrammar.ToNumber(name[prefix.Length..]);
        return number is >= 1 and <= MaxVlan ? number : null;
    }

    /// <summary>VRP reads interface names without case; lines for one interface in two spellings are one interface.</summary>
    internal static string Key(string name) => name.ToUpperInvariant();
}
