using System.Globalization;
using GovNet.NetCode.Load;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>Writes policy/flows.yaml: short forms on one line, the others as mappings. The list is last, so mutations may append items.</summary>
internal static class FlowsFile
{
    public const string Path = PolicyFiles.Flows;

    public static string Write(IEnumerable<GeneratedFlow> flows)
    {
        var yaml = new YamlWriter()
            .Line("# 未在此声明的流量一律拒绝；跨区（含互联网、上级网络）的流量须注明审批文号。")
            .Line("flows:");
        foreach (var flow in flows)
        {
            yaml.Line(Item(flow));
        }

        return yaml.ToString();
    }

    /// <summary>One list item, without its final line break.</summary>
    public static string Item(GeneratedFlow flow)
    {
        if (flow.IsShortForm)
        {
            return $"  - {flow.Rule}";
        }

        var lines = new List<string>();
        if (flow.Id is not null)
        {
            lines.Add($"id: {flow.Id}");
        }

        lines.Add($"rule: {flow.Rule}");
        if (flow.Expires is { } expires)
        {
            lines.Add($"expires: {expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (flow.Approval is not null)
        {
            lines.Add($"approval: {flow.Approval}");
        }

        if (flow.Title is not null)
        {
            lines.Add($"title: {flow.Title}");
        }

        return "  - " + string.Join("\n    ", lines);
    }
}
