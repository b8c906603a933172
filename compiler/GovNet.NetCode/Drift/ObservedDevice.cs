using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>One inventory device whose observed state was pulled: its facts, and its file's lines to quote as evidence.</summary>
public sealed record ObservedDevice(Device Device, Dialect Dialect, ObservedFacts Facts, IReadOnlyList<string> Lines)
{
    public string Hostname => Device.Hostname.Value;

    public string Plane => Device.Plane.Value;

    /// <summary>The observed file and line with the line as the device printed it.</summary>
    public string Evidence(int line) =>
        $"{Collect.BundleManifest.ObservedPathOf(Hostname)}:{line}: {(line >= 1 && line <= Lines.Count ? Lines[line - 1].Trim() : string.Empty)}";

    /// <summary>A port as this device prints it, named as the inventory names it (the declared interface's own spelling where there is one).</summary>
    public string Port(string printed) => PortOf(Device, Dialect, printed);

    public static string PortOf(Device device, Dialect dialect, string printed)
    {
        var full = dialect.FullPortName(printed);
        return device.Interfaces.FirstOrDefault(i => string.Equals(i.Name.Value, full, StringComparison.OrdinalIgnoreCase))?.Name.Value ?? full;
    }

    public static string Location(SourceSpan span) => $"{span.File}:{span.Line}";
}
