using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary><c>vlan batch …</c> and <c>vlan N</c> sections (name, description).</summary>
internal static class HuaweiVrpVlanReader
{
    public static bool Read(ConfigNode node, HuaweiVrpReader reader)
    {
        if (Starts(node.Text, "vlan batch"))
        {
            Batch(node, reader);
            return true;
        }

        var words = HuaweiVrpReader.Words(node.Text);
        var vlan = words.Length == 2 ? HuaweiVrpLineGrammar.ToNumber(words[1]) : -1;
        if (vlan is < 1 or > 4094)
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
            return true;
        }

        // A "vlan N" section names the VLAN a "vlan batch" line may have created before: it keeps the section's line.
        reader.Facts.VlanSection(vlan, node.Line);
        reader.SectionLines(node, child =>
        {
            if (Starts(child.Text, "name"))
            {
                reader.Facts.NameVlan(vlan, HuaweiVrpReader.RestAfter(child.Text, "name"));
                return true;
            }

            if (Starts(child.Text, "description"))
            {
                reader.Facts.DescribeVlan(vlan, HuaweiVrpReader.RestAfter(child.Text, "description"));
                return true;
            }

            return IsVlanSecurityCommand(child.Text);
        });
        return true;
    }

    private static void Batch(ConfigNode node, HuaweiVrpReader reader)
    {
        var batch = HuaweiVrpLineGrammar.VlanBatch.TryParse(node.Text);
        if (!batch.WasSuccessful)
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
            return;
        }

        foreach (var run in batch.Value)
        {
            for (var id = run.From; id <= run.To; id++)
            {
                reader.Facts.Vlan(id, node.Line);
            }
        }

        reader.GlobalLines(node.Children);
    }
}
