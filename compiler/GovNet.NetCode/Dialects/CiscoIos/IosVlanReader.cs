using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>Reads <c>vlan 10</c> and <c>vlan 10,20-30</c> sections with their <c>name</c>.</summary>
internal static class IosVlanReader
{
    /// <summary>False when the line is some other <c>vlan …</c> command (<c>vlan internal allocation policy</c>, <c>vlan access-map</c>).</summary>
    public static bool TryRead(ConfigNode section, IosFactsBuilder facts)
    {
        if (IosTokens.Read(IosInterfaceGrammar.VlanHeader, section.Text) is not { } header)
        {
            return false;
        }

        string? name = null;
        foreach (var child in section.Children)
        {
            if (child.Text.StartsWith("name ", StringComparison.Ordinal))
            {
                name = child.Text["name ".Length..].Trim();
            }
            else if (!IosCommands.IsHarmlessVlan(child.Text))
            {
                facts.Unread(child, section.Text, affectsForwarding: true);
            }

            facts.UnreadChildren(child, section.Text, affectsForwarding: true);
        }

        foreach (var id in header.Ids)
        {
            facts.Vlan(id, name, section.Line);
        }

        return true;
    }
}
