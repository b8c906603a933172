using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// VRP NAT into facts: <c>nat address-group N START END</c> and <c>nat static</c> at the top level,
/// <c>nat outbound</c>, <c>nat server</c>, <c>nat static</c> and <c>nat static enable</c> in an
/// interface (<see cref="NatStatements"/>). Every other NAT form (a named address group,
/// <c>nat filter-mode</c>, a VPN instance) is reported as affecting forwarding, never dropped.
/// </summary>
internal static class HuaweiVrpNatReader
{
    /// <summary>Commands that only tune translations the facts already hold (ALGs follow sessions NAT opened).</summary>
    private static readonly string[] Tuning = ["nat alg", "undo nat alg", "firewall-nat session aging-time"];

    /// <summary>A top-level <c>nat …</c> line; a form not modelled is reported, so the reader always takes the line.</summary>
    public static bool Global(ConfigNode node, HuaweiVrpReader reader)
    {
        if ((NatStatements.Pool(node.Text, node.Line) ?? NatStatements.GlobalStatic(node.Text, node.Line)) is { } fact)
        {
            reader.Facts.Nat(fact);
            reader.ChildrenUnknown(node, true);
        }
        else if (Tuning.Any(t => HuaweiVrpKnownCommands.Starts(node.Text, t)) && node.Children.IsEmpty)
        {
            return true;
        }
        else
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
        }

        return true;
    }

    /// <summary>A line of <c>interface PORT</c>: true when it is a NAT statement the facts hold.</summary>
    public static bool InterfaceLine(HuaweiVrpReader reader, string port, ConfigNode line)
    {
        if (NatStatements.InterfaceLine(line.Text, port, line.Line) is not { } fact)
        {
            return false;
        }

        reader.Facts.Nat(fact);
        return true;
    }
}
