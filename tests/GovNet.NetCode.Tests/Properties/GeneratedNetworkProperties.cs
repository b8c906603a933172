using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Properties;

/// <summary>The generator's contract, checked on random specs: what it writes is valid, reproducible and the size asked for.</summary>
public sealed class GeneratedNetworkProperties
{
    [Property(MaxTest = 50)]
    public Property Every_generated_network_validates_without_any_diagnostic() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            var network = NetworkGenerator.Generate(spec);
            using var folder = network.Files.WriteToTemporaryDirectory();
            var result = PolicyValidator.Run(folder.Path, MiniRepo.Today);
            Assert.True(result.Diagnostics.IsEmpty, $"{spec} drew diagnostics:\n{DiagnosticAssert.Describe(result)}");
        });

    [Property(MaxTest = 20)]
    public Property The_same_spec_always_yields_the_same_files() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
            NetworkGenerator.Generate(spec).Files.SequenceEqual(NetworkGenerator.Generate(spec).Files));

    [Property(MaxTest = 50)]
    public Property A_network_has_the_units_and_devices_its_spec_asks_for() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), spec =>
        {
            var network = NetworkGenerator.Generate(spec);
            Assert.Equal(spec.Units, network.Units.Length);
            Assert.Equal(spec.Devices, network.Devices.Length);
            Assert.Equal(spec.HasInternalPlane ? 2 : 1, network.Planes.Length);
            // network, services and flows, one file per unit and device, and the host registry when an access switch has ports to register.
            var registry = network.Devices.Any(d => d.Role == GovNet.NetCode.Model.DeviceRole.Access) ? 1 : 0;
            Assert.Equal(network.Units.Length + network.Devices.Length + 3 + registry, network.Files.Count);
        });
}
