using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>A VRP config written inside a test, parsed under a file name no assertion depends on.</summary>
internal static class HuaweiVrpText
{
    public static DeviceFacts Parse(string text) => HuaweiVrpConfigParser.Parse(text, "test.cfg");
}
