using Xunit;

namespace GovNet.NetCode.Tests.Install;

/// <summary>
/// A fact that publishes the native (ahead-of-time compiled) netcode: it needs clang and lld and takes
/// several minutes on two cores, so it runs only where <c>NETCODE_TEST_AOT=1</c> asks for it (tests/README.md, "Native AOT").
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public const string Variable = "NETCODE_TEST_AOT";

    public NativeAotFactAttribute()
    {
        Skip = Environment.GetEnvironmentVariable(Variable) == "1"
            ? null
            : $"publishing the native netcode takes minutes and needs clang and lld: set {Variable}=1 to run it";
    }
}
