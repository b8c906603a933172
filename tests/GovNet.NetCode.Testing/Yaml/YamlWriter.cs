using System.Globalization;
using System.Text;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>A line-oriented writer for the policy files: LF line ends, two-space indents, invariant numbers.</summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder text = new();

    public YamlWriter Line(string line = "")
    {
        text.Append(line).Append('\n');
        return this;
    }

    public YamlWriter Line(FormattableString line) => Line(line.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();

    /// <summary>A flow mapping <c>{ a: 1, b: 2 }</c> of the pairs whose value is not null.</summary>
    public static string Map(params (string Key, string? Value)[] pairs) =>
        "{ " + string.Join(", ", pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}: {p.Value}")) + " }";

    /// <summary>A flow sequence <c>[a, b]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    /// <summary>Double-quotes a value that holds a colon, as the example inventory does for links.</summary>
    public static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
