using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// <c>port-group manual NAME</c>: Comware saves a command given in a port group on each member
/// interface, so the group's own <c>group-member</c> lines only name ports and are understood. Any
/// other line would be a command for every member that the interfaces may not show: it is reported
/// as forwarding.
/// </summary>
internal static class ComwarePortGroupReader
{
    public static bool Read(ConfigNode node, FactsBuilder facts)
    {
        foreach (var child in node.Children)
        {
            if (child.Text.StartsWith("group-member ", StringComparison.OrdinalIgnoreCase))
            {
                facts.UnreadChildren(child, child.Text, true);
            }
            else
            {
                facts.UnreadTree(child, node.Text, true);
            }
        }

        return true;
    }
}
