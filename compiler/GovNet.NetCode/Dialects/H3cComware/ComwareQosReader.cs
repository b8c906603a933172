using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// QoS policies (MQC): classifiers that only match, behaviours that only mark, queue, police or
/// drop, and the policies that pair them. None of these adds a path, so they are understood; a
/// behaviour line that could (a redirect to another next hop or interface, a filter that permits) is
/// reported as forwarding, which is enough to keep every policy using it from hiding a path.
/// </summary>
internal static class ComwareQosReader
{
    private static readonly CommandTable BehaviourActions = new(
        "remark", "queue", "car", "gts", "accounting", "filter deny", "priority", "wred", "queue-length", "sampling");

    /// <summary><c>traffic classifier NAME</c>: match rules only.</summary>
    public static bool Classifier(ConfigNode node, FactsBuilder facts) => true;

    /// <summary><c>traffic behavior NAME</c>: understood while every action only marks, queues, polices or drops.</summary>
    public static bool Behaviour(ConfigNode node, FactsBuilder facts)
    {
        foreach (var child in node.Children)
        {
            if (!BehaviourActions.Matches(child.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            {
                facts.UnreadTree(child, node.Text, true);
            }
            else
            {
                facts.UnreadChildren(child, child.Text, true);
            }
        }

        return true;
    }

    /// <summary><c>qos policy NAME</c> (classifier–behaviour pairs) and <c>qos vlan-policy</c> / <c>qos apply policy</c> bindings.</summary>
    public static bool Policy(ConfigNode node, FactsBuilder facts) => true;
}
