using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Properties;

/// <summary>
/// The compiler's contract on random generated networks: every valid network compiles without a
/// diagnostic, always to the same bytes, and its ACLs, evaluated as data, decide packets exactly as
/// the declared flows do.
/// </summary>
public sealed class CompileProperties
{
    /// <summary>Packets asked of each network: enough to reach every segment of a 30-unit network many times, few enough for 30 networks in seconds.</summary>
    private const int PacketsPerNetwork = 2000;

    /// <summary>The templates, compiled once for all cases: loading them costs more than compiling a small network.</summary>
    private static readonly Lazy<TemplateLibrary> Templates = new(CompileHarness.Templates);

    [Property(MaxTest = 30)]
    public Property Every_generated_network_compiles_without_any_diagnostic_and_to_the_same_bytes_twice() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var first = CompileClean(spec, folder.Path);
            var second = CompileClean(spec, folder.Path);
            Assert.Equal(first.Select(c => (c.FileName, c.Text, c.Sha256)), second.Select(c => (c.FileName, c.Text, c.Sha256)));
            Assert.Equal(BuildWriter.Manifest(NetworkGenerator.NetworkId, first), BuildWriter.Manifest(NetworkGenerator.NetworkId, second));
        });

    [Property(MaxTest = 30)]
    public Property Compiled_acls_decide_random_packets_as_the_flow_policy_does() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (spec, seed) =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var model = CompileHarness.Model(folder.Path);
            var context = new ModelIndex(model, MiniRepo.Today);
            var compiler = new AclCompiler(context);
            var policies = context.Planes.Keys.ToDictionary(p => p, p => new FlowPolicy(context, p), StringComparer.Ordinal);
            var samples = PacketSamples.Of(model);

            // The packets come from the case's own seed, so a failing (spec, seed) replays exactly.
            var segmentAcls = new Dictionary<string, AccessList>(StringComparer.Ordinal);
            var segments = model.Segments.Where(s => context.PlaneOf(s) is not null).ToArray();
            foreach (var (segment, packet) in samples.FromSegments(segments).Sample(PacketsPerNetwork, new Rnd((ulong)seed), 50))
            {
                if (!segmentAcls.TryGetValue(segment.Name, out var acl))
                {
                    segmentAcls[segment.Name] = acl = new AccessList(segment.Name, new AclBinding(AclPurpose.Segment, segment.Name, true), compiler.ForSegment(segment));
                }

                AssertAgrees(spec, seed, $"gateway of {segment.Name}", acl.Evaluate(packet), policies[context.PlaneOf(segment)!].Decide(packet), packet);
            }

            foreach (var plane in policies.Keys.Order(StringComparer.Ordinal))
            {
                var edges = PacketSamples.EdgeAcls(context, compiler, plane);
                if (edges.Count == 0)
                {
                    continue;
                }

                foreach (var (edge, packet) in samples.ThroughEdges(edges).Sample(PacketsPerNetwork / 4, new Rnd((ulong)seed + 1), 50))
                {
                    AssertAgrees(spec, seed, edge.Acl.Name, edge.Acl.Evaluate(packet), policies[plane].Decide(packet), packet);
                }
            }
        });

    /// <summary>Validates the generated repository (which must be clean) and compiles it, which must be clean too.</summary>
    private static System.Collections.Immutable.ImmutableArray<CompiledConfig> CompileClean(NetworkSpec spec, string repository)
    {
        var validation = PolicyValidator.Run(repository, MiniRepo.Today);
        Assert.True(validation.Diagnostics.IsEmpty && validation.Model is not null, $"{spec} drew diagnostics:\n{DiagnosticAssert.Describe(validation)}");
        var diagnostics = new DiagnosticBag();
        var configs = ConfigRenderer.Render(validation.Model!, MiniRepo.Today, Templates.Value, diagnostics);
        Assert.True(configs is not null && diagnostics.Count == 0, $"{spec} did not compile cleanly:\n{string.Join('\n', diagnostics.ToSortedArray())}");
        Assert.Equal(spec.Devices, configs!.Value.Length);
        return configs.Value;
    }

    private static void AssertAgrees(NetworkSpec spec, int seed, string acl, AclAction compiled, AclAction declared, Packet packet) =>
        Assert.True(compiled == declared, $"{spec}, packet seed {seed}: {acl}: {packet}: ACL {compiled}, policy {declared}");
}
