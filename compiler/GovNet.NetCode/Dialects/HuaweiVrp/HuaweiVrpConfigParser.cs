using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects.HuaweiVrp;

/// <summary>
/// Huawei VRP config text → <see cref="DeviceFacts"/>. Tolerant but never silent: every line is
/// either read into a fact, known to be harmless, or listed in <see cref="DeviceFacts.Unparsed"/>
/// with its section and whether it can change forwarding. It never throws and reads any input in
/// time linear in its length: saved configs, <c>display current-configuration</c> captures with
/// prompts and session debris, truncated or binary files.
/// </summary>
public static class HuaweiVrpConfigParser
{
    public const string DialectId = "huawei-vrp";

    public static DeviceFacts Parse(string text, string file) => new HuaweiVrpReader(file).Read(text ?? string.Empty);
}
