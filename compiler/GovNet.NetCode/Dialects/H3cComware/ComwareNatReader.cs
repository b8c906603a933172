using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// Comware NAT into facts: <c>nat address-group N</c> with its <c>address START END</c> lines (or the
/// one-line Comware 5 form) and <c>nat static outbound LOCAL GLOBAL</c> at the top level;
/// <c>nat outbound</c>, <c>nat server</c> and <c>nat static enable</c> in an interface
/// (<see cref="NatStatements"/>). Any other NAT form (<c>nat inbound</c>, net-to-net mappings, a VPN
/// instance, port blocks) is reported as affecting forwarding.
/// </summary>
internal static class ComwareNatReader
{
    /// <summary>Commands that only tune translations the facts already hold (ALGs follow sessions NAT opened; logging).</summary>
    private static readonly string[] Tuning = ["nat alg", "undo nat alg", "nat log", "undo nat log", "nat aging-time"];

    /// <summary>A top-level <c>nat …</c> line; a form not modelled is reported, so the reader always takes the line.</summary>
    public static bool Global(ConfigNode node, FactsBuilder facts)
    {
        var words = node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words is [_, var group, var name] && group.Equals("address-group", StringComparison.OrdinalIgnoreCase) && node.Children.Length > 0)
        {
            AddressGroup(node, name, facts);
        }
        else if ((NatStatements.Pool(node.Text, node.Line) ?? NatStatements.GlobalStatic(node.Text, node.Line)) is { } fact && node.Children.IsEmpty)
        {
            facts.Nat(fact);
        }
        else if (!(Tuning.Any(t => SectionTable<FactsBuilder>.Starts(node.Text, t, StringComparison.OrdinalIgnoreCase)) && node.Children.IsEmpty))
        {
            facts.UnreadTree(node, FactsBuilder.GlobalSection, true);
        }

        return true;
    }

    /// <summary>A line of <c>interface PORT</c>: true when it is a NAT statement the facts hold.</summary>
    public static bool InterfaceLine(FactsBuilder facts, string port, ConfigNode line)
    {
        if (NatStatements.InterfaceLine(line.Text, port, line.Line) is not { } fact)
        {
            return false;
        }

        facts.Nat(fact);
        return true;
    }

    private static void AddressGroup(ConfigNode node, string name, FactsBuilder facts)
    {
        foreach (var child in node.Children)
        {
            var words = child.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words is [var address, var start, var end] && address.Equals("address", StringComparison.OrdinalIgnoreCase) &&
                Ipv4Address.TryParse(start, out var from) && Ipv4Address.TryParse(end, out var to) && from.Value <= to.Value && child.Children.IsEmpty)
            {
                facts.Nat(new NatFact(NatKind.Pool, null, child.Line) { Pool = name, Global = from, GlobalEnd = to });
            }
            else
            {
                facts.UnreadTree(child, node.Text, true);
            }
        }
    }
}
