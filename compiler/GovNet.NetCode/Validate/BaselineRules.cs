using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// A baseline item turned off is a decision a reviewer must see every time, not once: each one is
/// repeated, with its reason, in every validate, compile and check.
/// </summary>
internal static class BaselineRules
{
    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        foreach (var plane in context.Model.Network.Planes)
        {
            foreach (var off in plane.Security.Off)
            {
                var roles = off.Roles.IsEmpty
                    ? Messages.Get("BaselineAllRoles")
                    : string.Join(", ", off.Roles.Select(r => r.Value.ToString().ToLowerInvariant()));
                diagnostics.Warning(Codes.BaselineItemOff, off.Item.Span,
                    Messages.Format("BaselineItemOff", off.Item.Value, plane.Name.Value, roles, off.Reason.Value));
            }
        }
    }
}
