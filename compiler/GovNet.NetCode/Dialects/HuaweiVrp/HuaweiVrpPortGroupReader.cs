using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// <c>port-group NAME</c>: its <c>group-member</c> lines name ports, and every other line is a
/// command the device applies to each of them, so it is read as a line of each member's interface
/// section, in config order.
/// </summary>
internal static class HuaweiVrpPortGroupReader
{
    public static bool Read(ConfigNode node, HuaweiVrpReader reader)
    {
        var members = new List<HuaweiVrpInterfaceBuilder>();
        foreach (var child in HuaweiVrpReader.Children(node))
        {
            reader.Guarded(child, node.Text, () =>
            {
                var words = HuaweiVrpReader.Words(child.Text);
                if (words is ["group-member", .. var ports] && Members(ports) is { Count: > 0 } names)
                {
                    members.AddRange(names.Select(name => Builder(reader, name, child.Line)));
                    reader.ChildrenUnknown(child, true);
                }
                else if (members.Count > 0 && members.All(m => HuaweiVrpInterfaceReader.Line(m, child.Text) || HuaweiVrpLayer2Reader.Line(m, child, reader.Facts, node.Text)))
                {
                    reader.ChildrenUnknown(child, true);
                }
                else
                {
                    reader.Unknown(child, node.Text, true);
                }
            });
        }

        return true;
    }

    /// <summary><c>A</c>, <c>A to B</c>, or several of them on one line.</summary>
    private static List<string>? Members(string[] words)
    {
        var names = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 2 < words.Length && words[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var range = PortRanges.Expand(words[i], words[i + 2]);
                if (range.Count == 0)
                {
                    return null;
                }

                names.AddRange(range);
                i += 2;
            }
            else
            {
                names.Add(words[i]);
            }
        }

        return names;
    }

    private static HuaweiVrpInterfaceBuilder Builder(HuaweiVrpReader reader, string name, int line)
    {
        var key = HuaweiVrpInterfaceBuilder.Key(name);
        if (!reader.Interfaces.TryGetValue(key, out var builder))
        {
            builder = new HuaweiVrpInterfaceBuilder(name, line);
            reader.Interfaces[key] = builder;
            reader.InterfaceOrder.Add(builder);
        }

        return builder;
    }
}
