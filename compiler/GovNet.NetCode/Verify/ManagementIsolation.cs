using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Verify;

/// <summary>
/// P1 for the management plane: a device may use only management servers of its own plane
/// (a server shared by two planes joins them). A server is accepted when its plane declares it, or
/// when it lies in the plane's own address space.
/// </summary>
public static class ManagementIsolation
{
    public const string Property = "P1";

    public static IEnumerable<Finding> Check(VerifyInput input)
    {
        foreach (var (host, facts, _, plane) in input.Devices())
        {

            var declared = plane.Management.Servers.Select(s => s.Address.Value).ToHashSet();
            foreach (var reference in facts.Management)
            {
                if (declared.Contains(reference.Address) || input.Spaces[plane.Name.Value].Contains(reference.Address))
                {
                    continue;
                }

                var owner = input.Spaces.FirstOrDefault(s => s.Key != plane.Name.Value && s.Value.Contains(reference.Address)).Key;
                var where = owner is null ? Messages.Get("OutsideEveryPlane") : Messages.Format("InPlane", owner);
                yield return new Finding(Codes.ManagementServerOfOtherPlane, Property, Severity.Error,
                    Messages.Format("ManagementServerOfOtherPlane", host, plane.Name, reference.Kind.ToString().ToUpperInvariant(), reference.Address, where),
                    new SourceSpan(facts.File, reference.Line, 1), [host, reference.Address.ToString()], null, plane.Management.Span);
            }
        }
    }
}
