using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Install;

/// <summary>
/// The build step that lets the native netcode read System.CommandLine's Chinese texts
/// (<c>compiler/GovNet.NetCode.Cli/NativeChineseSatellites.targets</c>), run alone, without publishing, on the
/// satellites beside the tests: the zh-Hans one is issued again as zh-CN, the same but for its culture.
/// </summary>
public sealed class NativeChineseSatelliteTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("netcode-satellite-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Only_the_zh_Hans_satellite_is_issued_again_as_zh_CN_with_the_same_resources_and_version()
    {
        var hans = Path.Combine(AppContext.BaseDirectory, "zh-Hans", "System.CommandLine.resources.dll");
        var german = Path.Combine(AppContext.BaseDirectory, "de", "System.CommandLine.resources.dll");
        var targets = Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode.Cli", "NativeChineseSatellites.targets");
        File.WriteAllText(Path.Combine(work.FullName, "satellites.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <IlcSatelliteAssembly Include="{hans}" />
                <IlcSatelliteAssembly Include="{german}" />
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        var build = NetcodeProcess.RunProgram(NetcodeProcess.DotnetHost, work.FullName, TimeSpan.FromMinutes(10), new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, "msbuild", "-restore", "-nologo", "-t:ResolveAssemblyReferences;NetcodeChineseSatellites");
        Assert.True(build.ExitCode == 0, build.StandardOutput + build.StandardError);

        var issued = Assert.Single(Directory.GetFiles(work.FullName, "*.dll", SearchOption.AllDirectories), f => f.Contains("native-zh-CN", StringComparison.Ordinal));
        var original = Satellite.Read(hans);
        var copy = Satellite.Read(issued);
        Assert.Equal(("System.CommandLine.resources", "zh-Hans"), (original.Name, original.Culture));
        Assert.Equal(("System.CommandLine.resources", "zh-CN"), (copy.Name, copy.Culture));
        Assert.Equal(original.Version, copy.Version);
        Assert.Equal(
            original.Resources.Select(r => (r.Key.Replace(".zh-Hans.resources", ".zh-CN.resources", StringComparison.Ordinal), Convert.ToHexString(r.Value))),
            copy.Resources.Select(r => (r.Key, Convert.ToHexString(r.Value))));
    }

    private sealed record Satellite(string Name, string Culture, Version Version, SortedDictionary<string, byte[]> Resources)
    {
        public static Satellite Read(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            var metadata = pe.GetMetadataReader();
            var assembly = metadata.GetAssemblyDefinition();
            var section = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var resources = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                var reader = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
                resources[metadata.GetString(resource.Name)] = reader.ReadBytes(reader.ReadInt32());
            }

            return new Satellite(metadata.GetString(assembly.Name), metadata.GetString(assembly.Culture), assembly.Version, resources);
        }
    }
}
