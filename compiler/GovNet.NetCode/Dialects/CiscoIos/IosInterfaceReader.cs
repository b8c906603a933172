using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Reads one <c>interface NAME</c> section. Every line in it either becomes part of the interface's
/// fact, is a known harmless command, or is reported as not understood — and, being in an
/// interface, as affecting forwarding.
/// </summary>
internal static class IosInterfaceReader
{
    public static bool Read(ConfigNode section, IosFactsBuilder facts)
    {
        var words = section.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            facts.UnreadTree(section, IosFactsBuilder.GlobalSection, affectsForwarding: true);
            return true;
        }

        // "interface Gi0/0.10 point-to-point" names the sub-interface's type; anything else after the name is not IOS.
        if (words.Length > 2 && !(words.Length == 3 && words[2] is "point-to-point" or "multipoint"))
        {
            facts.Unread(section, IosFactsBuilder.GlobalSection, affectsForwarding: true);
        }

        var state = facts.Interface(words[1], section.Line);
        foreach (var child in section.Children)
        {
            // A service instance is read with the lines nested under it.
            if (IosOverlayReader.ServiceInstance(child, facts, section.Text))
            {
                continue;
            }

            var understood = IosNatReader.InterfaceLine(child, facts, words[1]) || ReadLine(child.Text, state) || IosLayer2Reader.Line(state, child, facts, section.Text) ||
                IosRoutingReader.InterfaceLine(facts, words[1], child) || IosOverlayReader.InterfaceLine(state, child, facts, section.Text);
            if (!understood)
            {
                facts.Unread(child, section.Text, affectsForwarding: true);
            }

            // Nested blocks (service instances, IPv6 sub-modes) hold forwarding we do not model.
            facts.UnreadChildren(child, section.Text, affectsForwarding: true);
        }

        return true;
    }

    private static bool ReadLine(string text, IosInterfaceState state)
    {
        switch (text)
        {
            case "shutdown":
                state.Shutdown = true;
                return true;
            case "no shutdown":
                state.Shutdown = false;
                return true;
            case "switchport":
                state.Switchport = true;
                return true;
            case "no switchport":
                state.Switchport = false;
                return true;
            case "switchport mode access":
                state.Mode = PortMode.Access;
                return true;
            case "switchport mode trunk":
                state.Mode = PortMode.Trunk;
                return true;
            case "switchport mode dynamic auto" or "switchport mode dynamic desirable":
                state.Mode = PortMode.Dynamic;
                return true;
            case "no ip address":
                state.NoAddress();
                return true;
            case "no description":
                state.Description = null;
                return true;
        }

        // "description: text" is how some exports write a description; no other command starts so.
        if (text == "description" || text.StartsWith("description ", StringComparison.Ordinal) || text.StartsWith("description:", StringComparison.Ordinal))
        {
            state.Description = text["description".Length..].TrimStart(':').Trim();
            return true;
        }

        if (text.StartsWith("ip address ", StringComparison.Ordinal))
        {
            if (IosInterfaceScanner.Address(text) is not { } address)
            {
                return false;
            }

            state.Address(address.Address, address.Secondary);
            return true;
        }

        if (text.StartsWith("ip access-group ", StringComparison.Ordinal))
        {
            if (IosInterfaceScanner.AccessGroup(text) is not { } group)
            {
                return false;
            }

            if (group.Inbound)
            {
                state.AclIn = group.Name;
            }
            else
            {
                state.AclOut = group.Name;
            }

            return true;
        }

        if (text.StartsWith("switchport access vlan ", StringComparison.Ordinal))
        {
            if (IosInterfaceScanner.AccessVlan(text) is not { } vlan)
            {
                return false;
            }

            state.AccessVlan = vlan.Id;
            state.HasSwitchportSettings = true;
            return true;
        }

        if (text.StartsWith("switchport trunk native vlan ", StringComparison.Ordinal))
        {
            if (IosInterfaceScanner.NativeVlan(text) is not { } vlan)
            {
                return false;
            }

            state.NativeVlan = vlan.Id;
            state.HasSwitchportSettings = true;
            return true;
        }

        if (text.StartsWith("switchport trunk allowed vlan ", StringComparison.Ordinal))
        {
            if (IosTokens.Read(IosInterfaceGrammar.TrunkAllowed, text) is not { } change)
            {
                return false;
            }

            state.Trunk(change);
            state.HasSwitchportSettings = true;
            return true;
        }

        return IosCommands.IsHarmlessInterface(text);
    }
}
