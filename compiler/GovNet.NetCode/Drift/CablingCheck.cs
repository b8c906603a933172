using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Matches every LLDP adjacency the devices report to a declared link (000 第十三条: no connection
/// without approval; 第三十二条: never plug one plane into the other). A wire is seen from either end
/// or both and reported once. Across planes: critical (P1). A neighbour the inventory does not know:
/// high. A wire between known devices that the inventory does not declare, or whose far port is
/// another: high. A declared link no end hears while neither of its ports is cabled elsewhere:
/// low (down, or LLDP off). The inventory stays the source of truth: each row names its line.
/// </summary>
public static class CablingCheck
{
    private const string Unknown = "?";

    private sealed record End(string Device, string Port)
    {
        public string Key => $"{Device.ToUpperInvariant()}:{Port.ToUpperInvariant()}";

        public override string ToString() => $"{Device}:{Port}";
    }

    private sealed record Wire(End Near, End Far, ObservedDevice Seen, LldpNeighbour Neighbour)
    {
        public string Key => string.CompareOrdinal(Near.Key, Far.Key) <= 0 ? Near.Key + "|" + Far.Key : Far.Key + "|" + Near.Key;
    }

    public static IEnumerable<ObservedDifference> Run(ModelIndex context, IReadOnlyList<ObservedDevice> observed)
    {
        var devices = context.Model.Devices.ToDictionary(d => d.Hostname.Value, StringComparer.OrdinalIgnoreCase);
        var hostMacs = context.Model.Hosts.Select(h => h.Mac).OfType<MacAddress>().ToHashSet();
        var wires = new Dictionary<string, Wire>(StringComparer.Ordinal);
        foreach (var seen in observed.OrderBy(o => o.Hostname, StringComparer.Ordinal))
        {
            foreach (var neighbour in seen.Facts.Neighbours)
            {
                // A registered terminal that speaks LLDP is the host census's business, not a cable's.
                if (!devices.ContainsKey(neighbour.SystemName) && MacAddress.TryParse(neighbour.ChassisId, out var chassis) && hostMacs.Contains(chassis))
                {
                    continue;
                }

                var near = new End(seen.Hostname, seen.Port(neighbour.LocalPort));
                var far = devices.TryGetValue(neighbour.SystemName, out var farDevice) && DialectRegistry.Find(farDevice.Vendor.Value) is { } farDialect
                    ? new End(farDevice.Hostname.Value, ObservedDevice.PortOf(farDevice, farDialect, neighbour.PortId))
                    : new End(Unknown + (neighbour.SystemName.Length > 0 ? neighbour.SystemName : neighbour.ChassisId), neighbour.PortId);
                var wire = new Wire(near, far, seen, neighbour);
                wires.TryAdd(wire.Key, wire);
            }
        }

        var cabled = wires.Values.SelectMany(w => new[] { w.Near.Key, w.Far.Key }).ToHashSet(StringComparer.Ordinal);
        foreach (var wire in wires.Values.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (Judge(context, devices, wire) is { } row)
            {
                yield return row;
            }
        }

        // Declared links nobody hears: reported once, from an end whose tables were pulled.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seen in observed.OrderBy(o => o.Hostname, StringComparer.Ordinal))
        {
            foreach (var port in seen.Device.Interfaces)
            {
                if (port.Link?.Value is not DeviceLinkEnd link)
                {
                    continue;
                }

                var near = new End(seen.Hostname, port.Name.Value);
                var far = new End(link.Hostname, link.Port);
                var key = new Wire(near, far, seen, null!).Key;
                if (wires.ContainsKey(key) || cabled.Contains(near.Key) || cabled.Contains(far.Key) || !reported.Add(key))
                {
                    continue;
                }

                yield return Row("link-silent", near, DriftRank.Low, ObservedDriftText.Texts.Format("LinkSilent", near, far), port.Span, Collect.BundleManifest.ObservedPathOf(seen.Hostname));
            }
        }
    }

    private static ObservedDifference? Judge(ModelIndex context, Dictionary<string, Device> devices, Wire wire)
    {
        var near = wire.Near;
        var far = wire.Far;
        var seen = wire.Seen;
        var evidence = seen.Evidence(wire.Neighbour.Line);
        var nearPort = context.Ports.GetValueOrDefault((near.Device, near.Port)).Interface;
        var fix = nearPort?.Span ?? SourceSpan.StartOf(seen.Device.File);
        if (far.Device.StartsWith(Unknown, StringComparison.Ordinal))
        {
            var name = far.Device[Unknown.Length..];
            return Row("undeclared-device", near, DriftRank.High, ObservedDriftText.Texts.Format("UndeclaredDevice", name, wire.Neighbour.ChassisId, far.Port, near), fix, evidence);
        }

        var farDevice = devices[far.Device];
        if (farDevice.Plane.Value != seen.Plane)
        {
            return Row("cross-plane", near, DriftRank.Critical, ObservedDriftText.Texts.Format("CrossPlane", near, seen.Plane, far, farDevice.Plane.Value), fix, evidence) with { Properties = ["P1"] };
        }

        var farPort = context.Ports.GetValueOrDefault((far.Device, far.Port)).Interface;
        if (Declared(nearPort, far) || Declared(farPort, near))
        {
            return null;
        }

        // One end declares a cable to the other device, on another port: the far port differs.
        foreach (var (end, port, other) in new[] { (near, nearPort, far), (far, farPort, near) })
        {
            if (port?.Link?.Value is DeviceLinkEnd declared && string.Equals(declared.Hostname, other.Device, StringComparison.OrdinalIgnoreCase))
            {
                return Row("far-port-differs", end, DriftRank.High, ObservedDriftText.Texts.Format("FarPortDiffers", end, other, declared), port.Span, evidence);
            }
        }

        return Row("undeclared-link", near, DriftRank.High, ObservedDriftText.Texts.Format("UndeclaredLink", near, far), fix, evidence);
    }

    private static bool Declared(Interface? port, End far) =>
        port?.Link?.Value is DeviceLinkEnd link
        && string.Equals(link.Hostname, far.Device, StringComparison.OrdinalIgnoreCase)
        && string.Equals(link.Port, far.Port, StringComparison.OrdinalIgnoreCase);

    private static ObservedDifference Row(string code, End at, DriftRank rank, string message, SourceSpan fix, string evidence) =>
        new(ObservedDifference.Cabling, code, at.Device, at.Port, rank, message, ObservedDevice.Location(fix), null, evidence);
}
