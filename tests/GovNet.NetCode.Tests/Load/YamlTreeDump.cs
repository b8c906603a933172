using System.Text;
using GovNet.NetCode.Load;

namespace GovNet.NetCode.Tests.Load;

/// <summary>
/// A YAML tree written out whole (kinds, values, plain or quoted, every line:column), so two trees are
/// equal exactly when their dumps are, and a difference reads as text in a failed test.
/// </summary>
internal static class YamlTreeDump
{
    public static string Of(YamlNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, YamlNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case YamlScalar scalar:
                text.Append(scalar.IsPlain ? "P" : "Q").Append(At(scalar)).Append('"');
                foreach (var c in scalar.Value)
                {
                    text.Append(c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString());
                }

                text.Append('"');
                break;
            case YamlMapping mapping:
                text.Append('M').Append(At(mapping)).Append('{');
                foreach (var entry in mapping.Entries)
                {
                    Write(text, entry.Key);
                    text.Append(": ");
                    Write(text, entry.Value);
                    text.Append(", ");
                }

                text.Append('}');
                break;
            case YamlSequence sequence:
                text.Append('S').Append(At(sequence)).Append('[');
                foreach (var item in sequence.Items)
                {
                    Write(text, item);
                    text.Append(", ");
                }

                text.Append(']');
                break;
            default:
                throw new InvalidOperationException("unknown node " + node.GetType().Name);
        }
    }

    private static string At(YamlNode node) => $"@{node.Span.File}:{node.Span.Line}:{node.Span.Column}";
}
