using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Verify.Layer3;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>Compile a repository into a temporary build folder, edit a config's text, verify; and check that a finding's path exists in the model.</summary>
public static class VerifyHarness
{
    /// <summary>Compiles outside the repository folder (MiniRepo.Write() lays the repository anew) and returns the configs folder.</summary>
    public static (ModelIndex Context, string Folder) Compiled(string root)
    {
        var model = CompileHarness.Model(root);
        var configs = CompileHarness.CompileClean(model);
        var output = Path.Combine(TestFolders.New("verify-"), "build");
        Assert.True(BuildWriter.Write(output, "test", configs, new DiagnosticBag()));
        return (new ModelIndex(model, MiniRepo.Today), Path.Combine(output, BuildWriter.ConfigsFolder));
    }

    public static string Replace(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    public static void Edit(string folder, string host, Func<string, string> edit)
    {
        var path = Path.Combine(folder, host + ".cfg");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    /// <summary>
    /// Whether every hop of the path names an interface the device's config has, and consecutive hops
    /// are either on one device or on two devices the inventory cables together or whose interfaces
    /// share a broadcast domain.
    /// </summary>
    public static string? PathProblem(ModelIndex context, string folder, Finding finding)
    {
        var input = new VerifyInput(context, Verifier.ParseAll(context, folder, "configs").Facts);
        var domains = new Layer2Domains(input);
        var network = new Layer3Network(input, domains);
        var hops = finding.Path.Select(h => (Host: h[..h.IndexOf(':', StringComparison.Ordinal)], Port: h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToList();
        foreach (var (host, port) in hops)
        {
            if (input.Port(host, port) is null)
            {
                return $"{host}:{port} is not an interface in the configs";
            }
        }

        for (var i = 1; i < hops.Count; i++)
        {
            var (a, b) = (hops[i - 1], hops[i]);
            if (a.Host == b.Host)
            {
                continue;
            }

            var cabled = context.Ports.TryGetValue((a.Host, a.Port), out var declared) && declared.Interface.Link?.Value is DeviceLinkEnd far && far.Hostname == b.Host && far.Port == b.Port;
            var shared = network.DomainOf(a.Host, input.Port(a.Host, a.Port)!) == network.DomainOf(b.Host, input.Port(b.Host, b.Port)!);
            if (!cabled && !shared)
            {
                return $"{a.Host}:{a.Port} → {b.Host}:{b.Port} are neither cabled nor in one broadcast domain";
            }
        }

        return null;
    }
}
