using System.Globalization;
using System.Text;
using GovNet.NetCode.Dialects.HuaweiVrp;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The shared corpus of real configs (read in place, never copied into the repository): every
/// Huawei VRP file and the Huawei USG firewall files.
/// </summary>
internal static class HuaweiVrpCorpus
{
    public static readonly string? Folder = Directory.Exists(RealConfigs.Folder("huawei-vrp")) ? RealConfigs.Root : null;

    public static readonly string Header = $"{"file",-82} {"lines",6} {"understood",11} {"%",6} {"unparsed-fwd",13} {"unparsed-other",15}";

    public static IEnumerable<string> HuaweiFiles() =>
        Directory.EnumerateFiles(Path.Combine(Folder!, "huawei-vrp"), "*.cfg")
            .Concat(Directory.EnumerateFiles(Path.Combine(Folder!, "firewall"), "*.cfg")
                .Where(f => Path.GetFileName(f).StartsWith("huangxuxiao__", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("maciejtoki__", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    public static DeviceFacts Parse(string folder, string file)
    {
        var path = Path.Combine(Folder!, folder, file);
        return HuaweiVrpConfigParser.Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    public static string Row(string path, DeviceFacts facts)
    {
        var forwarding = facts.Unparsed.Count(u => u.AffectsForwarding);
        var understood = facts.ConfigLines - facts.Unparsed.Length;
        var percent = facts.ConfigLines == 0 ? 100 : 100.0 * understood / facts.ConfigLines;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path),-82} {facts.ConfigLines,6} {understood,11} {percent,6:0.0} {forwarding,13} {facts.Unparsed.Length - forwarding,15}");
    }
}
