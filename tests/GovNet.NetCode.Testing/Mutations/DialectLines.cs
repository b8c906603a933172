using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// Config lines for edits made to compiled configs, spelled by each dialect's
/// <see cref="Dialect.Edits"/>. Only the spellings differ between dialects; what an edit means is
/// decided by its caller.
/// </summary>
public static class DialectLines
{
    /// <summary>Every registered dialect id.</summary>
    public static IReadOnlyList<string> All { get; } = [.. DialectRegistry.All.Select(d => d.Id)];

    /// <summary>The spellings of a registered dialect.</summary>
    public static EditSpellings Of(string dialect) => Find(dialect).Edits;

    /// <summary>The line that closes a section in a dialect's configs (<see cref="PatchRules.Comment"/>).</summary>
    public static string Separator(string dialect) => Find(dialect).PatchRules.Comment;

    /// <summary>The line that puts a port in a VLAN untagged, in any dialect (the mode line is separate where the dialect has one).</summary>
    public static bool IsAccessVlan(string line) => DialectRegistry.All.Any(d => line.StartsWith(d.Edits.AccessVlan, StringComparison.Ordinal));

    /// <summary>Whether a top-level line opens an ACL section, in any dialect: its rules are evaluated in order.</summary>
    public static bool IsAclHeader(string line) => DialectRegistry.All.Any(d => d.IsOrderedSection(line));

    /// <summary>Whether a top-level line opens one VLAN's section (not a list of VLANs).</summary>
    public static bool IsVlanHeader(string line) =>
        line.StartsWith("vlan ", StringComparison.Ordinal) && int.TryParse(line.AsSpan(5), out _);

    private static Dialect Find(string dialect) =>
        DialectRegistry.Find(dialect) ?? throw new ArgumentException($"no registered dialect {dialect}", nameof(dialect));
}
