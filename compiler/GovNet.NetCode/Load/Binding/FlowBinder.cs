using System.Globalization;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>policy/flows.yaml → <see cref="Flow"/>s, each rule parsed by <see cref="FlowRuleParser"/>.</summary>
internal static class FlowBinder
{
    public static IEnumerable<Flow> Bind(YamlMapping root, DiagnosticBag diagnostics)
    {
        var index = 0;
        foreach (var item in root.Items("flows"))
        {
            index++;
            var flow = item switch
            {
                YamlScalar rule => BindRule(rule, DefaultId(index, rule), null, null, null, rule.Span, diagnostics),
                YamlMapping mapping => BindLong(mapping, index, diagnostics),
                _ => null,
            };
            if (flow is not null)
            {
                yield return flow;
            }
        }
    }

    private static Located<string> DefaultId(int index, YamlNode item) =>
        new(string.Create(CultureInfo.InvariantCulture, $"flow-{index}"), item.Span);

    private static Flow? BindLong(YamlMapping mapping, int index, DiagnosticBag diagnostics)
    {
        Located<DateOnly>? expires = mapping.Scalar("expires") is { } date && Formats.TryParseDate(date.Value, out var day)
            ? new Located<DateOnly>(day, date.Span)
            : null;
        return BindRule(
            mapping.Scalar("rule")!,
            mapping.OptionalLocated("id") ?? DefaultId(index, mapping),
            expires,
            mapping.OptionalLocated("approval"),
            mapping.Text("title"),
            mapping.Span,
            diagnostics);
    }

    private static Flow? BindRule(
        YamlScalar rule,
        Located<string> id,
        Located<DateOnly>? expires,
        Located<string>? approval,
        string? title,
        SourceSpan span,
        DiagnosticBag diagnostics) =>
        FlowRuleParser.TryParse(rule.Value, rule.TextStart, diagnostics) is { } parsed
            ? new Flow(id, parsed, expires, approval, title, span)
            : null;
}
