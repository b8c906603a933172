using System.Globalization;
using System.Text;

namespace GovNet.NetCode.FakeDevice;

/// <summary>
/// Prints <see cref="ObservedTables"/> as each dialect's CLI prints its LLDP, MAC and ARP tables,
/// ports abbreviated as that CLI abbreviates them (GE0/0/1, Gi1/0/1). Null for any other command.
/// </summary>
public static class ObservedOutput
{
    public static string? Render(string dialect, string command, ObservedTables tables) => (dialect, command) switch
    {
        ("huawei-vrp", "display lldp neighbor brief") => VrpLldp(tables),
        ("huawei-vrp", "display mac-address") => VrpMac(tables),
        ("huawei-vrp", "display arp") => VrpArp(tables),
        ("h3c-comware", "display lldp neighbor-information list") => ComwareLldp(tables),
        ("h3c-comware", "display mac-address") => ComwareMac(tables),
        ("h3c-comware", "display arp") => ComwareArp(tables),
        ("cisco-ios", "show lldp neighbors detail") => IosLldp(tables),
        ("cisco-ios", "show mac address-table") => IosMac(tables),
        ("cisco-ios", "show ip arp") => IosArp(tables),
        _ => null,
    };

    private static string VrpLldp(ObservedTables t)
    {
        var text = new StringBuilder("Local Intf       Neighbor Dev             Neighbor Intf             Exptime(s)\n");
        foreach (var n in t.Neighbours)
        {
            text.Append(Invariant($"{Short(n.LocalPort, Vrp),-17} {n.SystemName,-25} {n.PortId,-26} {104}\n"));
        }

        return text.ToString();
    }

    private static string VrpMac(ObservedTables t)
    {
        var rule = new string('-', 79) + "\n";
        var text = new StringBuilder(rule).Append("MAC Address    VLAN/VSI/BD   Learned-From        Type\n").Append(rule);
        foreach (var m in t.Macs)
        {
            text.Append(Invariant($"{Hyphenated(m.Mac),-15} {m.Vlan + "/-/-",-14} {Short(m.Port, Vrp),-20} dynamic\n"));
        }

        return text.Append(rule).Append(Invariant($"\nTotal items displayed = {t.Macs.Count}\n")).ToString();
    }

    private static string VrpArp(ObservedTables t)
    {
        var rule = new string('-', 78) + "\n";
        var text = new StringBuilder("IP ADDRESS      MAC ADDRESS     EXPIRE(M) TYPE        INTERFACE      VPN-INSTANCE\n")
            .Append("                                          VLAN/CEVLAN PVC\n").Append(rule);
        foreach (var a in t.Arp)
        {
            text.Append(Invariant($"{a.Ip,-16} {Hyphenated(a.Mac),-16} {20,-10} {"D-0",-12} {Short(a.Port, Vrp)}\n"));
            text.Append(Invariant($"{"",-42}{a.Vlan}/-\n"));
        }

        return text.Append(rule).Append(Invariant($"Total:{t.Arp.Count,-10} Dynamic:{t.Arp.Count,-8} Static:0    Interface:0\n")).ToString();
    }

    private static string ComwareLldp(ObservedTables t)
    {
        var text = new StringBuilder("Chassis ID : * -- -- Nearest nontpmr bridge neighbor\n             # -- -- Nearest customer bridge neighbor\n             Default -- -- Nearest bridge neighbor\n")
            .Append("System Name          Local Interface Chassis ID      Port ID\n");
        foreach (var n in t.Neighbours)
        {
            text.Append(Invariant($"{n.SystemName,-21} {Short(n.LocalPort, Comware),-16} {Hyphenated(n.ChassisId),-16} {n.PortId}\n"));
        }

        return text.ToString();
    }

    private static string ComwareMac(ObservedTables t)
    {
        var text = new StringBuilder("MAC Address      VLAN ID    State            Port/NickName            Aging\n");
        foreach (var m in t.Macs)
        {
            text.Append(Invariant($"{Hyphenated(m.Mac),-17} {m.Vlan,-11} {"Learned",-17} {Short(m.Port, Comware),-25} Y\n"));
        }

        return text.ToString();
    }

    private static string ComwareArp(ObservedTables t)
    {
        var text = new StringBuilder("  Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid\n")
            .Append("IP address      MAC address    VLAN/VSI name Interface                Aging Type\n");
        foreach (var a in t.Arp)
        {
            text.Append(Invariant($"{a.Ip,-16} {Hyphenated(a.Mac),-15} {a.Vlan,-14} {Short(a.Port, Comware),-25} {960,-6} D\n"));
        }

        return text.ToString();
    }

    private static string IosLldp(ObservedTables t)
    {
        var rule = new string('-', 48) + "\n";
        var text = new StringBuilder();
        foreach (var n in t.Neighbours)
        {
            text.Append(rule)
                .Append(Invariant($"Local Intf: {Short(n.LocalPort, Ios)}\nChassis id: {Dotted(n.ChassisId)}\nPort id: {n.PortId}\nPort Description: {n.PortId}\nSystem Name: {n.SystemName}\n\n"))
                .Append("System Description: \nNetwork switch software\nTechnical Support: see vendor\n\n")
                .Append("Time remaining: 91 seconds\nSystem Capabilities: B,R\nEnabled Capabilities: B\nManagement Addresses - not advertised\nAuto Negotiation - supported, enabled\nPhysical media capabilities:\n    1000baseT(FD)\nMedia Attachment Unit type: 30\nVlan ID: - not advertised\n\n");
        }

        return text.Append(Invariant($"\nTotal entries displayed: {t.Neighbours.Count}\n")).ToString();
    }

    private static string IosMac(ObservedTables t)
    {
        var text = new StringBuilder("          Mac Address Table\n-------------------------------------------\n\nVlan    Mac Address       Type        Ports\n----    -----------       --------    -----\n");
        foreach (var m in t.Macs)
        {
            text.Append(Invariant($"{m.Vlan,4}    {Dotted(m.Mac),-18} {"DYNAMIC",-12} {Short(m.Port, Ios)}\n"));
        }

        return text.Append(Invariant($"Total Mac Addresses for this criterion: {t.Macs.Count}\n")).ToString();
    }

    private static string IosArp(ObservedTables t)
    {
        var text = new StringBuilder("Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n");
        foreach (var a in t.Arp)
        {
            text.Append(Invariant($"Internet  {a.Ip,-17} {12,9}   {Dotted(a.Mac),-16} ARPA   Vlan{a.Vlan}\n"));
        }

        return text.ToString();
    }

    private static readonly (string Long, string Short)[] Vrp = [("XGigabitEthernet", "XGE"), ("GigabitEthernet", "GE")];

    private static readonly (string Long, string Short)[] Comware = [("Ten-GigabitEthernet", "XGE"), ("GigabitEthernet", "GE"), ("Bridge-Aggregation", "BAGG")];

    private static readonly (string Long, string Short)[] Ios = [("TenGigabitEthernet", "Te"), ("GigabitEthernet", "Gi"), ("FastEthernet", "Fa"), ("Port-channel", "Po")];

    /// <summary>A port as the CLI prints it in its tables.</summary>
    public static string Short(string port, (string Long, string Short)[] names)
    {
        foreach (var (full, abbreviation) in names)
        {
            if (port.StartsWith(full, StringComparison.Ordinal))
            {
                return abbreviation + port[full.Length..];
            }
        }

        return port;
    }

    /// <summary>The port id a device of <paramref name="dialect"/> sends over LLDP: IOS sends its short name, the others the full one.</summary>
    public static string PortIdOf(string dialect, string port) => dialect == "cisco-ios" ? Short(port, Ios) : port;

    private static string Hyphenated(string mac) => $"{mac[..4]}-{mac[4..8]}-{mac[8..]}";

    private static string Dotted(string mac) => $"{mac[..4]}.{mac[4..8]}.{mac[8..]}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
