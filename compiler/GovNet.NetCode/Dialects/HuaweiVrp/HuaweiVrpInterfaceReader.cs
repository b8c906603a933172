using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary><c>interface NAME</c> sections: description, shutdown, port mode and VLANs, addresses, ACL bindings.</summary>
internal static class HuaweiVrpInterfaceReader
{
    public static bool Read(ConfigNode node, HuaweiVrpReader reader)
    {
        var words = HuaweiVrpReader.Words(node.Text);
        if (words.Length < 2)
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
            return true;
        }

        var key = HuaweiVrpInterfaceBuilder.Key(words[1]);
        if (!reader.Interfaces.TryGetValue(key, out var builder))
        {
            builder = new HuaweiVrpInterfaceBuilder(words[1], node.Line);
            reader.Interfaces[key] = builder;
            reader.InterfaceOrder.Add(builder);
        }

        // "interface X mode l2" and the like: the interface is read, its header is reported.
        if (words.Length > 2)
        {
            reader.Facts.Unread(node, HuaweiVrpReader.Global, true);
        }

        reader.SectionLines(node, child => HuaweiVrpNatReader.InterfaceLine(reader, builder.Name, child) || Line(builder, child.Text) || HuaweiVrpLayer2Reader.Line(builder, child, reader.Facts, node.Text) || HuaweiVrpRoutingReader.InterfaceLine(reader, builder.Name, child));
        return true;
    }

    /// <summary>Applies one interface line; false when it is not understood.</summary>
    internal static bool Line(HuaweiVrpInterfaceBuilder builder, string text)
    {
        if (Starts(text, "description"))
        {
            builder.Description = HuaweiVrpReader.RestAfter(text, "description");
            return true;
        }

        switch (text.ToLowerInvariant())
        {
            case "shutdown":
                builder.Shutdown = true;
                return true;
            case "undo shutdown":
                builder.Shutdown = false;
                return true;
            case "undo portswitch":
                builder.SetPortswitch(false);
                return true;
            case "portswitch":
                builder.SetPortswitch(true);
                return true;
            case "port link-type access" or "port link-type trunk" or "port link-type hybrid" or "port link-type negotiation-auto" or "port link-type negotiation-desirable":
                builder.SetLinkType(text["port link-type ".Length..].ToLowerInvariant());
                return true;
        }

        if (VlanCommand(text, "port default vlan") is { } defaultVlan)
        {
            builder.SetDefaultVlan(defaultVlan);
            return true;
        }

        if (VlanCommand(text, "port trunk pvid vlan") is { } trunkPvid)
        {
            builder.SetTrunkPvid(trunkPvid);
            return true;
        }

        if (VlanCommand(text, "port hybrid pvid vlan") is { } hybridPvid)
        {
            builder.SetHybridPvid(hybridPvid);
            return true;
        }

        foreach (var (command, hybrid, remove) in VlanListCommands)
        {
            if (Starts(text, command))
            {
                var list = HuaweiVrpLineGrammar.PortVlanList.TryParse(text[command.Length..]);
                if (!list.WasSuccessful)
                {
                    return false;
                }

                if (hybrid)
                {
                    builder.ChangeHybridVlans(list.Value, remove, untagged: command.EndsWith("untagged vlan", StringComparison.Ordinal) || command == "undo port hybrid vlan");
                }
                else
                {
                    builder.ChangeTrunkVlans(list.Value, remove);
                }

                return true;
            }
        }

        if (Starts(text, "ip address"))
        {
            var address = HuaweiVrpLineGrammar.IpAddress.TryParse(text);
            if (address.WasSuccessful)
            {
                builder.AddAddress(address.Value.Address, address.Value.Sub);
            }

            return address.WasSuccessful;
        }

        if (Starts(text, "traffic-filter"))
        {
            return TrafficFilter(builder, text);
        }

        return IsInterfaceCommand(text);
    }

    private static readonly (string Command, bool Hybrid, bool Remove)[] VlanListCommands =
    [
        ("port trunk allow-pass vlan", false, false),
        ("undo port trunk allow-pass vlan", false, true),
        ("port hybrid tagged vlan", true, false),
        ("port hybrid untagged vlan", true, false),
        ("undo port hybrid tagged vlan", true, true),
        ("undo port hybrid untagged vlan", true, true),
        ("undo port hybrid vlan", true, true),
    ];

    private static int? VlanCommand(string text, string command)
    {
        if (!Starts(text, command))
        {
            return null;
        }

        var vlan = HuaweiVrpLineGrammar.SingleVlan.TryParse(text[command.Length..]);
        return vlan.WasSuccessful ? vlan.Value : null;
    }

    /// <summary><c>traffic-filter inbound|outbound acl N</c> or <c>… acl name X</c>.</summary>
    private static bool TrafficFilter(HuaweiVrpInterfaceBuilder builder, string text)
    {
        var words = HuaweiVrpReader.Words(text);
        string? acl = words switch
        {
            [_, _, var a, var id] when a.Equals("acl", StringComparison.OrdinalIgnoreCase) && HuaweiVrpLineGrammar.ToNumber(id) >= 0 => id,
            [_, _, var a, var n, var name] when a.Equals("acl", StringComparison.OrdinalIgnoreCase) && n.Equals("name", StringComparison.OrdinalIgnoreCase) => name,
            _ => null,
        };
        if (acl is null)
        {
            return false;
        }

        switch (words[1].ToLowerInvariant())
        {
            case "inbound":
                builder.AclIn = acl;
                return true;
            case "outbound":
                builder.AclOut = acl;
                return true;
            default:
                return false;
        }
    }
}
