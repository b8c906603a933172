using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>
/// P1 by address, on every line (002 附件1: 两网之间物理隔离): whatever statement names an address
/// — an interface address, a route, a relay, an exporter, a backup server, a tunnel end — points the
/// device at it, so an address of the other plane anywhere in a config is a bridge, and on a plane
/// without internet an address outside the plane's own space is a way out. This holds before any
/// parser models the statement. ACL match fields are left to ACL semantics (a deny naming the other
/// plane is no bridge), and management servers to <see cref="ManagementIsolation"/>.
/// </summary>
public static class AddressCensus
{
    public const string Property = "P1";

    // Addresses that never leave a link or a host: "this network", loopback, link-local, multicast and class E.
    private static readonly Ipv4Prefix[] Local =
        [Ipv4Prefix.Parse("0.0.0.0/8"), Ipv4Prefix.Parse("127.0.0.0/8"), Ipv4Prefix.Parse("169.254.0.0/16"), Ipv4Prefix.Parse("224.0.0.0/3")];

    public static IEnumerable<Finding> Check(VerifyInput input)
    {
        foreach (var (host, facts, _, plane) in input.Devices())
        {
            var servers = facts.Management.Select(m => (m.Line, m.Address.Value)).ToHashSet();
            var own = input.Spaces[plane.Name.Value];
            var isolated = plane.Internet.Value == InternetAccess.None;
            foreach (var literal in facts.Literals)
            {
                var prefix = literal.Prefix;
                // The literals of ACL rule lines are not among them: a parse leaves them to ACL semantics (DeviceFacts.Literals).
                if (prefix.Length == 0 ||
                    (prefix.Length == 32 && servers.Contains((literal.Line, prefix.Network.Value))))
                {
                    continue;
                }

                var at = new SourceSpan(facts.File, literal.Line, literal.Column);
                var other = input.Spaces.FirstOrDefault(s => s.Key != plane.Name.Value && s.Value.Overlaps(prefix));
                if (other.Key is { } otherPlane)
                {
                    yield return new Finding(Codes.AddressOfOtherPlane, Property, Severity.Error,
                        Messages.Format("AddressOfOtherPlane", host, plane.Name.Value, literal.Text, otherPlane),
                        at, [host, literal.Text], null, input.Context.Planes[otherPlane].Name.Span);
                }
                else if (isolated && !Local.Any(l => l.Contains(prefix)) && !own.Covers(prefix))
                {
                    yield return new Finding(Codes.AddressOutsideIsolatedPlane, Property, Severity.Error,
                        Messages.Format("AddressOutsideIsolatedPlane", host, plane.Name.Value, literal.Text),
                        at, [host, literal.Text], null, plane.Internet.Span);
                }
            }
        }
    }
}
