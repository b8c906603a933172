using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>Every generated valid network compiles, parses back fully and verifies clean: layer 2, layer 3 (P1–P4 against the declared flows), management and labels.</summary>
public sealed class GeneratedNetworkVerifyProperties
{
    [Property(MaxTest = 15)]
    public Property Generated_networks_compile_parse_and_verify_clean()
    {
        return Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            using var repository = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var model = CompileHarness.Model(repository.Path);
            var output = Path.Combine(repository.Path, "build");
            if (!BuildWriter.Write(output, "generated", CompileHarness.CompileClean(model), new DiagnosticBag()))
            {
                return false.Label("build not written");
            }

            var result = Verifier.Run(new ModelIndex(model, MiniRepo.Today), Path.Combine(output, "configs"), "configs");
            return (result.Findings.IsEmpty && result.Coverage.All(c => c.Unparsed == 0))
                .Label(string.Join('\n', result.Findings.Take(5)) + string.Join('\n', result.Coverage.Where(c => c.Unparsed > 0).Select(c => $"{c.File}: {c.Unparsed} unparsed")));
        });
    }
}
