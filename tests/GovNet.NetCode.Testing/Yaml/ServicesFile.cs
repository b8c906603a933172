using GovNet.NetCode.Load;

namespace GovNet.NetCode.Testing.Yaml;

/// <summary>Writes policy/services.yaml.</summary>
internal static class ServicesFile
{
    public const string Path = PolicyFiles.Services;

    public static string Write(IEnumerable<GeneratedService> services)
    {
        var yaml = new YamlWriter()
            .Line("# 共享服务器，均部署在政务信息化服务中心机房的服务器网段。")
            .Line("services:");
        foreach (var service in services)
        {
            yaml.Line($"  {service.Name}: {YamlWriter.Map(("title", service.Title), ("zone", service.Zone), ("address", service.Address.ToString()), ("ports", YamlWriter.List(service.Ports)))}");
        }

        return yaml.ToString();
    }
}
