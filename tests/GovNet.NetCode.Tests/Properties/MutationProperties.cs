using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Mutations;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Properties;

/// <summary>
/// Every single mistake of the catalogue, made anywhere in any generated network, is caught with its
/// own code: errors make the run fail, warnings leave it without errors.
/// </summary>
public sealed class MutationProperties
{
    private static readonly Lazy<GeneratedNetwork> County = new(() => NetworkGenerator.Generate(NetworkSpec.County));

    public static TheoryData<string> MutationNames => [.. MutationCatalogue.All.Select(m => m.Name)];

    [Property(MaxTest = 60)]
    public Property A_random_mistake_in_a_random_network_draws_its_code() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (spec, choice) =>
        {
            var network = NetworkGenerator.Generate(spec);
            var applicable = MutationCatalogue.ApplicableTo(network);
            var mutation = applicable[choice % applicable.Length];
            AssertDetected(network, mutation, new Random(choice));
        });

    /// <summary>Random choice may skip a mutation for a while; this walks the whole catalogue on the county network every run.</summary>
    [Theory]
    [MemberData(nameof(MutationNames))]
    public void Each_mistake_in_the_catalogue_draws_its_code(string name)
    {
        var mutation = MutationCatalogue.Named(name);
        Assert.True(mutation.AppliesTo(County.Value), $"{mutation} does not apply to the county network");
        for (var seed = 1; seed <= 3; seed++)
        {
            AssertDetected(County.Value, mutation, new Random(seed));
        }
    }

    [Fact]
    public void The_catalogue_covers_what_the_brief_lists()
    {
        var codes = MutationCatalogue.All.Select(m => m.Code).ToHashSet();
        string[] required =
        [
            Codes.SubnetOverlap, Codes.VlanReused, Codes.UnknownZone, Codes.UnknownSegment, Codes.LinkAcrossPlanes,
            Codes.InternetLinkNotEgress, Codes.LinkNotSymmetric, Codes.GatewayOutsideSubnet, Codes.UnknownKey,
            Codes.CrossZoneWithoutApproval, Codes.FlowAcrossPlanes, Codes.DuplicateId, Codes.AccessPortOtherPlane,
            Codes.SegmentWithoutGateway, Codes.BadPorts, Codes.FlowExpired,
        ];
        Assert.All(required, code => Assert.Contains(code, codes));
        Assert.Equal(MutationCatalogue.All.Length, MutationCatalogue.All.Select(m => m.Name).Distinct().Count());
    }

    private static void AssertDetected(GeneratedNetwork network, Mutation mutation, Random random)
    {
        using var folder = mutation.Apply(network, random).WriteToTemporaryDirectory();
        var result = PolicyValidator.Run(folder.Path, MiniRepo.Today);
        var context = $"{mutation} on {network.Spec}:\n{DiagnosticAssert.Describe(result)}";
        Assert.True(result.Diagnostics.Any(d => d.Code == mutation.Code && d.Severity == mutation.Severity), $"expected {mutation.Code}; {context}");
        if (mutation.Severity == Severity.Error)
        {
            Assert.True(result.Errors > 0 && result.Model is null, $"expected the run to fail; {context}");
        }
        else
        {
            Assert.True(result.Errors == 0 && result.Model is not null, $"expected no error; {context}");
        }
    }
}
