using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>
/// P5 (000 第三十二条: ports labelled, never mixed): every configured port of a device starts its
/// description with its plane's tag and carries only VLANs its plane was assigned. A shut port
/// carries nothing (as at layer 2 and 3), so a parked unused port is no finding. A trunk allowing
/// "all", or a Dynamic port without an allowed list, carries every VLAN the device defines: those are
/// the VLANs a frame can be in on that device.
/// </summary>
public static class LabelledPorts
{
    public const string Property = "P5";

    public static IEnumerable<Finding> Check(VerifyInput input)
    {
        foreach (var (host, facts, device, plane) in input.Devices())
        {

            var tag = $"[{plane.Tag}]";
            var assigned = input.PlaneVlans(plane.Name.Value);
            var defined = facts.Vlans.Select(v => v.Id).ToList();
            // An aggregation member carries what its aggregate carries, under its own label.
            foreach (var port in facts.Interfaces.Select(i => LinkAggregation.AsCabled(facts.Interfaces, i)).Where(i => i.SviVlan is null && !i.Loopback && !i.Shutdown && i.Mode != PortMode.Unknown))
            {
                var at = new SourceSpan(facts.File, port.Line, 1);
                if (port.Description is not { } description || !description.StartsWith(tag, StringComparison.Ordinal))
                {
                    yield return new Finding(Codes.PortNotLabelled, Property, Severity.Error,
                        Messages.Format("PortNotLabelled", host, port.Name, port.Description, tag),
                        at, [$"{host}:{port.Name}"], null, device.Hostname.Span);
                }

                var cabled = input.Context.Ports.TryGetValue((host, port.Name), out var declared) && declared.Interface.Link?.Value is DeviceLinkEnd;
                if (port.Mode == PortMode.Dynamic && !cabled)
                {
                    // Towards a host or nothing declared, whatever is plugged in decides whether this becomes a trunk.
                    yield return new Finding(Codes.PortMayNegotiateTrunk, Property, Severity.Error,
                        Messages.Format("PortMayNegotiateTrunk", host, port.Name),
                        at, [$"{host}:{port.Name}"], null, device.Hostname.Span);
                }

                var trunk = (port.AllVlans ? defined : (IEnumerable<int>)port.TrunkVlans).Where(v => v != 1);
                var carried = port.Mode switch
                {
                    PortMode.Access => port.AccessVlan is { } access ? [access] : [],
                    PortMode.Trunk => trunk,
                    PortMode.Dynamic => port.AccessVlan is { } access ? trunk.Prepend(access) : trunk,
                    _ => [],
                };
                foreach (var vlan in carried.Distinct().Where(v => !assigned.Contains(v)))
                {
                    yield return new Finding(Codes.PortCarriesOtherVlan, Property, Severity.Error,
                        Messages.Format("PortCarriesOtherVlan", host, port.Name, plane.Name, vlan),
                        at, [$"{host}:{port.Name}"], null, device.Plane.Span);
                }
            }
        }
    }
}
