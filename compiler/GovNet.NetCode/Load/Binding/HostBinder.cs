using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>policy/hosts/*.yaml → <see cref="Host"/>s. MAC and port stay as written: the host rules read them and say what is wrong.</summary>
internal static class HostBinder
{
    public static IEnumerable<Host> Bind(YamlMapping root, string file) =>
        root.Items("hosts").Cast<YamlMapping>().Select(host => new Host(
            host.Scalar("ip")!.Address(),
            host.Located("mac"),
            host.Located("unit"),
            host.Located("zone"),
            host.Located("port"),
            host.Text("owner")!,
            host.Text("purpose"),
            file,
            host.Span));
}
