using System.Collections;
using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// One interface while its lines are read, in order, as the device applies them; then its fact.
/// VRP defaults are made explicit: an access port without <c>port default vlan</c> is in VLAN 1,
/// and a trunk carries VLAN 1 (and has PVID 1) until a line says otherwise.
/// </summary>
internal sealed class HuaweiVrpInterfaceBuilder(string name, int line)
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

    public string Name { get; } = name;

    public int Line { get; } = line;

    public string? Description { get; set; }

    public bool Shutdown { get; set; }

    public string? AclIn { get; set; }

    public string? AclOut { get; set; }

    /// <summary>VLANIF10 → 10; null for every other interface.</summary>
    public int? SviVlan { get; } = SviOf(name);

    public bool Loopback { get; } = name.StartsWith("LoopBack", StringComparison.OrdinalIgnoreCase);

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
    public void ChangeHybridVlans(VlanList list, bool remove) =>
        Change(ref hybridVlans, ref hybridAll, list, remove);

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
        var (vlans, all) = mode == PortMode.Trunk
            ? linkType == "hybrid" ? sets.Of(hybridVlans ?? DefaultVlanOne(), hybridAll) : sets.Of(trunkVlans ?? DefaultVlanOne(), trunkAll)
            : ([], false);
        int? native = mode != PortMode.Trunk ? null : linkType == "hybrid" ? hybridPvid ?? 1 : trunkPvid ?? 1;
        int? access = mode == PortMode.Access ? defaultVlan ?? 1 : defaultVlan;
        return new InterfaceFact(
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
            SviVlan,
            Loopback);
    }

    // A hybrid port is reported as a trunk carrying its tagged and untagged VLANs together: for
    // reachability both join the port to the VLAN; the facts have no hybrid mode.
    private PortMode Mode(bool hasAddress) => (portswitch, linkType) switch
    {
        (false, _) => PortMode.Routed,
        (_, "access") => PortMode.Access,
        (_, "trunk" or "hybrid") => PortMode.Trunk,
        _ when hasAddress && SviVlan is null => PortMode.Routed,
        _ => PortMode.Unknown,
    };

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
