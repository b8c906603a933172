using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Patch;

/// <summary>
/// A config line as a patch sees it: the device's own text (secrets masked, so it can be typed back)
/// and the key drift compares it by (normalised spelling), with the lines indented beneath it. Mutable,
/// so the simulator can apply commands to it; the diff only reads it.
/// </summary>
public sealed class PatchNode(string text, string key)
{
    public string Text { get; set; } = text;

    public string Key { get; set; } = key;

    public List<PatchNode> Children { get; } = [];

    public PatchNode Clone()
    {
        var copy = new PatchNode(Text, Key);
        copy.Children.AddRange(Children.Select(c => c.Clone()));
        return copy;
    }

    /// <summary>
    /// The config as a tree of patch nodes: secrets masked, volatile lines and separators dropped,
    /// lines (and sections) the ignore patterns match left out, as drift leaves them out.
    /// </summary>
    public static List<PatchNode> Parse(Dialect dialect, string text, IgnorePatterns ignore)
    {
        var roots = ConfigTree.Parse(ConfigTree.AfterSeparators(SecretMask.ApplyToText(text), dialect.PatchRules.Comment), line => KeyOf(dialect, line).Length == 0);
        return Convert(dialect, roots, ignore);
    }

    /// <summary>The line as drift compares it: one spelling, blanks folded, secrets masked; empty for a volatile line.</summary>
    public static string KeyOf(Dialect dialect, string line) => dialect.Normalise(line).Trim();

    /// <summary>
    /// The tree as config text, one space of indentation per level, the dialect's separator before
    /// each top-level section and after it (a Comware parser reads an unindented line right after a
    /// section's last line as part of that section, as the device never prints one there).
    /// </summary>
    public static string Render(IEnumerable<PatchNode> roots, string separator)
    {
        var text = new System.Text.StringBuilder();
        var afterSection = false;
        foreach (var root in roots)
        {
            if (root.Children.Count > 0 || afterSection)
            {
                text.Append(separator).Append('\n');
            }

            afterSection = root.Children.Count > 0;
            Write(text, root, 0);
        }

        return text.ToString();
    }

    private static void Write(System.Text.StringBuilder text, PatchNode node, int depth)
    {
        text.Append(' ', depth).Append(node.Text).Append('\n');
        foreach (var child in node.Children)
        {
            Write(text, child, depth + 1);
        }
    }

    private static List<PatchNode> Convert(Dialect dialect, IEnumerable<ConfigNode> nodes, IgnorePatterns ignore)
    {
        var result = new List<PatchNode>();
        foreach (var node in nodes)
        {
            var key = KeyOf(dialect, node.Text);
            if (ignore.Ignores(key))
            {
                continue;
            }

            var converted = new PatchNode(node.Text, key);
            converted.Children.AddRange(Convert(dialect, node.Children, ignore));
            result.Add(converted);
        }

        return result;
    }
}
