using GovNet.NetCode.Testing.Fleet;
using Xunit;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// The one sshd fleet every SSH test uses (an xunit collection fixture): started once, its ports
/// leased to each test's devices and given back. Starting a fleet per test cost several sshd
/// starts and key generations each; sharing it also keeps the SSH tests from running at the
/// same time as each other, which on two cores made the timeout-free ones flaky.
/// </summary>
public sealed class SharedFleet : IDisposable
{
    /// <summary>Enough for the largest test (14 devices) with room to spare; the bad-auth ports refuse the client key.</summary>
    public const int Ports = 32;
    public const int BadAuthPorts = 4;

    public SharedFleet()
    {
        if (!SshFleet.IsAvailable)
        {
            throw new InvalidOperationException($"{SshFleet.SshdPath} and ssh-keygen are needed for the SSH tests (tests/run installs openssh-server)");
        }

        Fleet = SshFleet.StartPool(Ports, BadAuthPorts);
    }

    public SshFleet Fleet { get; }

    public void Dispose() => Fleet.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SshFleetCollection : ICollectionFixture<SharedFleet>
{
    public const string Name = "ssh fleet";
}
