using GovNet.NetCode.Tests.Support;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The shared corpus of public third-party configs (<c>../shared/corpus/real-configs</c> beside the
/// repository). It is read in place, never copied into the repository; it may be absent on a
/// machine that only has the repository.
/// </summary>
internal static class CiscoIosCorpus
{
    /// <summary>ASA is another OS; its configs only have to be read without a fault.</summary>
    public static readonly string[] AsaFiles = ["networktocode__netutils__asa-9.7-full.cfg", "ytti__oxidized__ASA5512-9.12-oxidized.cfg"];

    public static string Root => RealConfigs.Root;

    public static bool Present => Directory.Exists(Path.Combine(Root, "cisco-ios"));

    /// <summary>Every IOS file, then the two ASA files, as paths relative to <see cref="Root"/>.</summary>
    public static IEnumerable<string> Files()
    {
        if (!Present)
        {
            return [];
        }

        var ios = Directory.EnumerateFiles(Path.Combine(Root, "cisco-ios"), "*.cfg").Select(f => Path.Combine("cisco-ios", Path.GetFileName(f)));
        var asa = AsaFiles.Where(f => File.Exists(Path.Combine(Root, "firewall", f))).Select(f => Path.Combine("firewall", f));
        return ios.Order(StringComparer.Ordinal).Concat(asa);
    }

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));
}
