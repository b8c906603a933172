using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary><c>planes.&lt;plane&gt;.baseline</c> → <see cref="BaselinePolicy"/>; the shape check has vetted items and roles.</summary>
internal static class BaselineBinder
{
    public static BaselinePolicy Bind(YamlMapping baseline) => new(
        baseline.Scalar("blackhole-vlan")?.Integer(),
        [.. baseline.Items("off").OfType<YamlMapping>().Select(off => new BaselineOff(
            off.Located("item"),
            [.. off.Items("roles").OfType<YamlScalar>().Select(r => new Located<DeviceRole>(DeviceBinder.RoleOf(r.Value), r.Span))],
            off.Located("reason"),
            off.Span))]);
}
