using System.Globalization;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// Reads ACLs: <c>ip access-list extended|standard NAME</c> sections and global numbered
/// <c>access-list N …</c> lines. A rule that cannot be read is reported as affecting forwarding,
/// and its list is still declared, so an interface bound to it is never bound to "nothing".
/// </summary>
internal static class IosAclReader
{
    /// <summary>Reads <paramref name="section"/> when it is a named standard or extended list; false when it is some other <c>ip access-list</c> command.</summary>
    public static bool TryReadSection(ConfigNode section, IosFactsBuilder facts)
    {
        var words = section.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 4 || words[2] is not ("extended" or "standard"))
        {
            return false;
        }

        var id = words[3];
        var extended = words[2] == "extended";
        facts.Acls.Declare(id, section.Line, section.Children.Length);
        foreach (var child in section.Children)
        {
            // Per-entry counters change no decision.
            if (child.Text == "statistics per-entry")
            {
                continue;
            }

            if (IosAclScanner.Entry(child.Text, extended) is { } entry)
            {
                facts.Acls.Add(id, child, section.Text, entry);
            }
            else
            {
                facts.Unread(child, section.Text, affectsForwarding: true);
            }

            facts.UnreadChildren(child, section.Text, affectsForwarding: true);
        }

        return true;
    }

    /// <summary>Reads a global <c>access-list N …</c> line; false when it is not one this parser understands.</summary>
    public static bool TryReadNumbered(ConfigNode line, IosFactsBuilder facts)
    {
        if (IosAclScanner.Numbered(line.Text) is not { } numbered)
        {
            return false;
        }

        facts.Acls.Add(numbered.Number.ToString(CultureInfo.InvariantCulture), line, IosFactsBuilder.GlobalSection, numbered.Entry);
        facts.UnreadChildren(line, line.Text, affectsForwarding: true);
        return true;
    }
}
