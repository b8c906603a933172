using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Verify;

/// <summary>
/// P1 at layer 2 (中办发[2002]17号: 两网之间物理隔离): no broadcast domain spans two planes. Every cable
/// whose two ends belong to different planes and carry a common domain is reported with the VLANs it
/// joins.
/// </summary>
public static class PhysicalIsolation
{
    public const string Property = "P1";

    public static IEnumerable<Finding> Check(VerifyInput input, Layer2Domains domains)
    {
        // Stryker disable once Linq : the verifier sorts every finding by position afterwards
        foreach (var (host, port, farHost, farPort) in domains.Cables.OrderBy(c => c.Host, StringComparer.Ordinal).ThenBy(c => c.Port.Name, StringComparer.Ordinal))
        {
            var plane = input.PlaneOf(host);
            var farPlane = input.PlaneOf(farHost);
            // Stryker disable once Equality : a cable from a port to its own device joins no planes, so host == farHost never gets past 'plane == farPlane'
            if (plane == farPlane || string.CompareOrdinal(host, farHost) > 0)
            {
                continue;
            }

            var joined = Layer2Domains.Tagged(port).Intersect(Layer2Domains.Tagged(farPort)).Select(v => $"VLAN {v}").Take(5).ToList();
            joined.Insert(0, $"untagged {string.Join('/', Layer2Domains.UntaggedAll(port))} ↔ {string.Join('/', Layer2Domains.UntaggedAll(farPort))}");
            yield return new Finding(Codes.CableJoinsPlanes, Property, Severity.Error,
                Messages.Format("CableJoinsPlanes", host, port.Name, plane, farHost, farPort.Name, farPlane, string.Join(", ", joined)),
                new SourceSpan(input.Facts[host].File, port.Line, 1),
                [$"{host}:{port.Name}", $"{farHost}:{farPort.Name}"],
                null,
                input.Context.Planes.TryGetValue(plane, out var declared) ? declared.Name.Span : null);
        }
    }
}
