using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load;

/// <summary>
/// <c>inventory/acl-numbers.txt</c>: the ACL rule numbers the last compile gave, one line per rule
/// under one <c>acl HOSTNAME KEY</c> line per ACL. Plain lines rather than YAML so a city's hundred
/// thousand rules read fast and a review or a merge sees one line per rule added or removed.
/// A missing file is an empty book: every ACL is then numbered afresh.
/// </summary>
public static class AclNumberFile
{
    public const string Path = "inventory/acl-numbers.txt";

    /// <summary>Far above a city network's few hundred thousand rules (about 80 bytes each), far below what would hurt.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    private const string Header =
        "# ACL rule numbers: each rule of each ACL with the number it got. The next compile keeps a rule's number\n" +
        "# while its match and action stay, so a change renumbers only the rules it touches.\n" +
        "# Written by netcode compile and check; commit it with the policy (README: \"Stable ACL numbers\").\n";

    public static AclNumberBook Read(ISourceTree repository, DiagnosticBag diagnostics) =>
        Read(Fetch(repository), diagnostics);

    /// <summary>The file's bytes as the repository gives them (null when there is none), for <see cref="Read(FileRead?, DiagnosticBag)"/> on another thread.</summary>
    public static FileRead? Fetch(ISourceTree repository) =>
        repository.HasFile(Path) ? repository.Read(Path, MaxBytes) : null;

    /// <summary>The book a fetched file holds; touches no repository, so it may run beside the loader.</summary>
    public static AclNumberBook Read(FileRead? read, DiagnosticBag diagnostics)
    {
        switch (read)
        {
            case null:
                return AclNumberBook.Empty;
            case FileRead.Contents contents:
                return Parse(contents.Bytes, diagnostics) ?? AclNumberBook.Empty;
            case FileRead.TooLarge:
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(Path), Messages.Format("AclNumberFileTooLarge", MaxBytes));
                return AclNumberBook.Empty;
            case FileRead.LeavesTree:
                diagnostics.Error(Codes.LinkOutsideRepository, SourceSpan.StartOf(Path),
                    Messages.Get("AclNumberFileOutside"));
                return AclNumberBook.Empty;
            case FileRead.Unreadable unreadable:
                diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(Path), Messages.Format("CannotReadFile", unreadable.Reason));
                return AclNumberBook.Empty;
            default:
                return AclNumberBook.Empty;
        }
    }

    /// <summary>The book as the file holds it: ACLs in ordinal order, rules in number order.</summary>
    public static string Format(AclNumberBook book)
    {
        var text = new StringBuilder(Header);
        foreach (var ((device, acl), rules) in book.Acls)
        {
            text.Append("acl ").Append(device).Append(' ').Append(acl).Append('\n');
            foreach (var rule in rules)
            {
                text.Append(rule.Number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rule.Rule).Append('\n');
            }
        }

        return text.ToString();
    }

    private static AclNumberBook? Parse(byte[] bytes, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(Codes.InvalidUtf8, SourceSpan.StartOf(Path), Messages.Get("AclNumberFileNotUtf8"));
            return null;
        }

        var acls = new Dictionary<(string Device, string Acl), List<NumberedRule>>();
        List<NumberedRule>? current = null;
        var errors = false;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Split(' ', 3) is ["acl", var device, var acl] && device.Length > 0 && acl.Length > 0 && !acl.Contains(' ', StringComparison.Ordinal))
            {
                if (!acls.TryGetValue((device, acl), out current))
                {
                    acls[(device, acl)] = current = [];
                }
            }
            else if (current is not null && line.Split(' ', 2) is [var number, var rule] && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && rule.Length > 0)
            {
                current.Add(new NumberedRule(value, rule));
            }
            else
            {
                // Most likely a merge left its conflict markers: the reader says which line, and deleting the file is always safe.
                diagnostics.Error(Codes.AclNumberLine, new SourceSpan(Path, lineNumber, 1),
                    Messages.Get("AclNumberLine"));
                errors = true;
            }
        }

        return errors ? null : new AclNumberBook(acls.ToImmutableSortedDictionary(a => a.Key, a => a.Value.ToImmutableArray(), AclNumberBook.KeyOrder.Instance));
    }
}
