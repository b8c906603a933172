using GovNet.NetCode.Parsing;
using Sprache;
using static GovNet.NetCode.Dialects.HuaweiVrp.HuaweiVrpKnownCommands;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary><c>acl number N</c> / <c>acl name X</c> sections and their rules.</summary>
internal static class HuaweiVrpAclReader
{
    public static bool Read(ConfigNode node, HuaweiVrpReader reader)
    {
        var header = HuaweiVrpAclHeader.Read(node.Text);
        if (header is null)
        {
            reader.Unknown(node, HuaweiVrpReader.Global, true);
            return true;
        }

        if (!reader.Acls.TryGetValue(header.Id, out var acl))
        {
            acl = new HuaweiVrpAclBuilder(header.Id, node.Line, header.Kind);
            reader.Acls[header.Id] = acl;
            reader.AclOrder.Add(acl);
        }

        if (header.AliasName is { } alias)
        {
            reader.AclAliases[alias] = header.Id;
        }

        // Rules of a match-order auto ACL are evaluated most specific first, not in id order: the
        // rules are read, the order is not, and the header says so.
        if (header.AutoOrder)
        {
            reader.Facts.Layer3.Unproven(node, UnprovenKind.AclAutoOrder);
        }

        reader.SectionLines(node, child => Line(acl, child));
        return true;
    }

    private static bool Line(HuaweiVrpAclBuilder acl, ConfigNode line)
    {
        var text = line.Text;
        if (!Starts(text, "rule"))
        {
            return IsAclCommand(text);
        }

        // "rule N description …" is told from a rule by its third word, so each line meets one grammar.
        if (ThirdWord(text).Equals("description", StringComparison.OrdinalIgnoreCase))
        {
            var remark = HuaweiVrpRuleScanner.Remark(text);
            if (remark is not null)
            {
                acl.Remark(remark.Sequence, remark.Text);
            }

            return remark is not null;
        }

        if (acl.Kind == HuaweiVrpAclKind.Other)
        {
            return false;
        }

        if (HuaweiVrpRuleScanner.Rule(text) is not { } rule || HuaweiVrpRuleReader.Read(rule, line.Line, acl.Kind) is not { } fact)
        {
            return false;
        }

        acl.Add(fact);
        return true;
    }

    /// <summary>The third word of a line, words parted by blanks and tabs; empty when it has fewer.</summary>
    private static ReadOnlySpan<char> ThirdWord(string text)
    {
        var rest = text.AsSpan();
        for (var skipped = 0; skipped < 2; skipped++)
        {
            rest = rest.TrimStart(" \t");
            var end = rest.IndexOfAny(' ', '\t');
            if (end < 0)
            {
                return [];
            }

            rest = rest[end..];
        }

        rest = rest.TrimStart(" \t");
        var stop = rest.IndexOfAny(' ', '\t');
        return stop < 0 ? rest : rest[..stop];
    }
}
