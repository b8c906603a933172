using GovNet.NetCode.Load;
using GovNet.NetCode.Tests.Support;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>The mini repository's files the hostile-input tests break, and the loader's cap on one file.</summary>
internal static class HostileInputRepo
{
    public const string Network = "policy/network.yaml";
    public const string Finance = "policy/units/finance.yaml";
    public const string Flows = "policy/flows.yaml";
    public const string Core = "inventory/devices/EXT-CORE-01.yaml";

    public const int SourceTextCap = SourceText.MaxFileBytes;

    public static string Default(string path) => MiniRepo.DefaultFiles[path];
}
