using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Install;

/// <summary>
/// netcode as a user installs it: the dotnet tool package from a folder of packages (an air-gapped
/// machine's way), the self-contained single-file executable of this machine's platform and (opt-in,
/// <see cref="NativeAotFactAttribute"/>) the native one, with the step of its build that can run alone. All
/// are built from a copy of the sources or in a folder of their own, so the working tree's build outputs are never touched.
/// </summary>
public sealed class InstallTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("netcode-install-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void The_tool_package_installs_from_a_folder_and_runs_check_and_speaks_chinese()
    {
        var sources = CopySources();
        var packages = Path.Combine(work.FullName, "packages");
        Run(sources, "pack", "compiler/GovNet.NetCode.Cli", "-c", "Release", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "GovNet.NetCode.Tool.*.nupkg"));

        var tools = Path.Combine(work.FullName, "tools");
        var version = Path.GetFileNameWithoutExtension(package)["GovNet.NetCode.Tool.".Length..];
        Run(work.FullName, "tool", "install", "GovNet.NetCode.Tool", "--tool-path", tools, "--add-source", packages, "--version", version);
        var netcode = Path.Combine(tools, "netcode");

        var network = CopyExample();
        var check = Start(netcode, network, "check");
        Assert.True(check.ExitCode == 0, check.StandardError);
        Assert.Contains("0 violation(s)", check.StandardOutput, StringComparison.Ordinal);

        var help = Start(netcode, network, "--lang", "zh-CN", "--help");
        Assert.Contains("网络即代码", help.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_single_file_executable_of_this_platform_runs_check_without_dotnet()
    {
        var sources = CopySources();
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Assert.True(rid is "linux-x64" or "linux-arm64", $"no publish profile for {rid}");
        Run(sources, "publish", "compiler/GovNet.NetCode.Cli", $"-p:PublishProfile={rid}");
        var executable = Path.Combine(sources, "build", "publish", rid, "netcode");
        Assert.Equal(["netcode"], Directory.GetFiles(Path.GetDirectoryName(executable)!).Select(f => Path.GetFileName(f)).ToArray());

        var check = Start(executable, CopyExample(), "check");
        Assert.True(check.ExitCode == 0, check.StandardError);
    }

    [NativeAotFact]
    public void The_native_executable_gives_the_same_check_report_as_the_jit_build_and_speaks_chinese()
    {
        var sources = CopySources();
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        Assert.True(rid == "linux-x64", $"no native publish profile for {rid}");
        Run(sources, "publish", "compiler/GovNet.NetCode.Cli", $"-p:PublishProfile={rid}-aot");
        var executable = Path.Combine(sources, "build", "publish", rid + "-aot", "netcode");

        var network = CopyExample();
        var native = Start(executable, network, "check", "--format", "json");
        Assert.True(native.ExitCode == 0, native.StandardError);
        var jit = NetcodeProcess.Run(network, "check", "--format", "json");
        Assert.Equal(jit.StandardOutput, native.StandardOutput);

        var help = Start(executable, network, "--lang", "zh-CN", "--help");
        Assert.Contains("网络即代码", help.StandardOutput, StringComparison.Ordinal);

        // System.CommandLine's own parse errors, an unknown option and a missing argument, as the JIT build words them.
        foreach (var (language, unknown, missing) in new[] { ("zh-CN", "未识别命令或参数", "命令缺少所需参数"), ("en", "Unrecognized command or argument", "Required argument missing") })
        {
            foreach (var (arguments, expected) in new[] { (new[] { "--lang", language, "check", "--bogus" }, unknown), (["--lang", language, "parse"], missing) })
            {
                var refused = Start(executable, network, arguments);
                Assert.True(refused.ExitCode == 2, refused.StandardError);
                Assert.Contains(expected, refused.StandardError, StringComparison.Ordinal);
                Assert.Equal(NetcodeProcess.Run(network, arguments).StandardError, refused.StandardError);
            }
        }
    }

    /// <summary>
    /// The build step that lets the native netcode read System.CommandLine's Chinese texts
    /// (<c>compiler/GovNet.NetCode.Cli/NativeChineseSatellites.targets</c>), run alone, without publishing, on the
    /// satellites beside the tests: the zh-Hans one is issued again as zh-CN, the same but for its culture.
    /// </summary>
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
        Run(work.FullName, "msbuild", "-restore", "-nologo", "-t:ResolveAssemblyReferences;NetcodeChineseSatellites");

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

    private string CopySources()
    {
        var root = NetcodeProcess.RepositoryRoot();
        var copy = Path.Combine(work.FullName, "src");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md" }.Where(f => File.Exists(Path.Combine(root, f))))
        {
            Directory.CreateDirectory(copy);
            File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
        }

        foreach (var folder in new[] { "compiler", "templates" })
        {
            CopyTree(Path.Combine(root, folder), Path.Combine(copy, folder));
        }

        return copy;
    }

    private string CopyExample()
    {
        var network = Path.Combine(work.FullName, "network");
        foreach (var folder in new[] { "policy", "inventory" })
        {
            CopyTree(Path.Combine(NetcodeProcess.RepositoryRoot(), folder), Path.Combine(network, folder));
        }

        return network;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static void Run(string directory, params string[] arguments)
    {
        var outcome = Start(NetcodeProcess.DotnetHost, directory, arguments);
        Assert.True(outcome.ExitCode == 0, $"dotnet {string.Join(' ', arguments)}:\n{outcome.StandardOutput}\n{outcome.StandardError}");
    }

    private static NetcodeProcess.Outcome Start(string program, string directory, params string[] arguments) =>
        NetcodeProcess.RunProgram(program, directory, TimeSpan.FromMinutes(10), new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, arguments);

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
