using System.Text;
using System.Text.RegularExpressions;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Architecture;

/// <summary>
/// Vendor knowledge lives in <c>compiler/GovNet.NetCode/Dialects/&lt;Vendor&gt;/</c> and
/// <c>templates/</c> only, so a new dialect never needs an edit elsewhere. Code is checked without
/// its comments: a comment that explains a vendor's behaviour ("Cisco <c>no ip routing</c>") creates
/// no dependency and no place a new dialect must edit, while a string literal or an identifier does.
/// </summary>
public sealed partial class VendorKeywordTests
{
    /// <summary>
    /// Dialect ids and vendor names, and words that belong to one vendor's language: interface
    /// names, negations, section and binding keywords, show commands. Generic words several vendors
    /// share with plain English or with each other ("interface", "shutdown", "vlan", "rule") are not here.
    /// </summary>
    private static readonly string[] Keywords =
    [
        .. DialectRegistry.All.Select(d => d.Id),
        "huawei", "h3c", "comware", "cisco", "vrp", "ios-xe",
        "Eth-Trunk", "GigabitEthernet", "FastEthernet", "Ten-GigabitEthernet", "XGigabitEthernet", "Port-channel",
        "Bridge-Aggregation", "Route-Aggregation", "Vlanif", "Vlan-interface",
        "undo ", "\"undo\"", "no shutdown", "\"no\"", "no ip ", "vpn-instance", "ip vrf", "display ", "show running",
        "sysname", "switchport", "traffic-filter", "packet-filter", "access-group", "access-class", "route-static",
        "allow-pass", "port trunk", "port link-type", "vlan batch", "irreversible-cipher", "%^%#", "snmp-agent", "snmp-server",
        "user-interface", "hwtacacs", "ntp-service", "info-center", "screen-length", "terminal length",
    ];

    private static readonly string CoreRoot = Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler");

    private static readonly string TestsRoot = Path.Combine(NetcodeProcess.RepositoryRoot(), "tests");

    /// <summary>
    /// Test helpers that still speak a vendor's language, and why. The list may only shrink: a helper
    /// that no longer leaks must leave it, and a new leak fails until its knowledge moves into a
    /// <see cref="Dialect"/> member (or the helper is data, like a fixture repository, and says so here).
    /// </summary>
    private static readonly Dictionary<string, string> KnownHelperLeaks = new(StringComparer.Ordinal)
    {
        ["GovNet.NetCode.Tests/Support/MiniRepo.cs"] = "fixture data: the mini repository's inventory names each device's vendor and ports",
        ["GovNet.NetCode.FakeDevice/DialectCli.cs"] = "the fake device plays each vendor's CLI (prompt, banner, pager, errors) as its own simulation: drawn from the Dialect's SessionProfile it would test the collector against itself",
        ["GovNet.NetCode.FakeDevice/ObservedOutput.cs"] = "the fake device prints each vendor's LLDP, MAC and ARP tables as its own simulation: drawn from the Dialect's ObservedReader it would test the reader against itself",
    };

    [Fact]
    public void No_vendor_keyword_appears_in_compiler_code_outside_Dialects()
    {
        var hits = Hits(CoreRoot, relative => relative.StartsWith("GovNet.NetCode/Dialects/", StringComparison.Ordinal)).ToList();

        Assert.True(hits.Count == 0, "vendor keywords outside Dialects/ (move the knowledge into a Dialect member):\n" + string.Join('\n', hits.Select(h => h.Hit)));
    }

    [Fact]
    public void No_vendor_keyword_appears_in_test_helpers_beyond_the_known_list()
    {
        var helpers = new[] { "GovNet.NetCode.Tests/Support/", "GovNet.NetCode.Testing/", "GovNet.NetCode.FakeDevice/" };
        var hits = Hits(TestsRoot, relative => !helpers.Any(h => relative.StartsWith(h, StringComparison.Ordinal))).ToList();

        var unknown = hits.Where(h => !KnownHelperLeaks.ContainsKey(h.File)).Select(h => h.Hit).ToList();
        Assert.True(unknown.Count == 0, "vendor keywords in test helpers (draw them from DialectRegistry / a Dialect member instead):\n" + string.Join('\n', unknown));
        var fixedAlready = KnownHelperLeaks.Keys.Where(k => !hits.Exists(h => h.File == k)).ToList();
        Assert.True(fixedAlready.Count == 0, "no longer leaking, remove from KnownHelperLeaks: " + string.Join(", ", fixedAlready));
    }

    /// <summary>Every keyword in the code (not the comments) of the C# files under <paramref name="root"/>, bin/ and obj/ and <paramref name="skip"/> aside.</summary>
    private static IEnumerable<(string File, string Hit)> Hits(string root, Func<string, bool> skip)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (skip(relative) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = WithoutComments(File.ReadAllText(file)).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var keyword in Keywords.Where(k => Contains(lines[i], k)))
                {
                    yield return (relative, $"{relative}:{i + 1}: '{keyword.Trim()}' in: {lines[i].Trim()}");
                }
            }
        }
    }

    [Fact]
    public void The_guard_finds_keywords_in_code_and_not_in_comments()
    {
        var code = "var a = \"traffic-filter\"; // Eth-Trunk\n/* huawei */ var b = 1;\n/// <c>undo shutdown</c>\nvar url = \"http://x\"; var c = \"GigabitEthernet\";";
        var stripped = WithoutComments(code);

        Assert.True(Contains(stripped, "traffic-filter"));
        Assert.True(Contains(stripped, "GigabitEthernet"));
        Assert.False(Contains(stripped, "Eth-Trunk"));
        Assert.False(Contains(stripped, "huawei"));
        Assert.False(Contains(stripped, "undo "));
        Assert.Equal(code.Count(c => c == '\n'), stripped.Count(c => c == '\n'));
    }

    [Fact]
    public void Every_dialect_id_is_a_guarded_keyword()
    {
        Assert.All(DialectRegistry.All, d => Assert.Contains(d.Id, Keywords));
    }

    // Whole words only for names ("vrp" is not in "vrpx"); case-insensitive, since vendor names are written either way.
    private static bool Contains(string line, string keyword) =>
        Regex.IsMatch(line, (char.IsLetterOrDigit(keyword[0]) ? @"(?<![A-Za-z0-9_-])" : string.Empty) + Regex.Escape(keyword) + (char.IsLetterOrDigit(keyword[^1]) ? @"(?![A-Za-z_])" : string.Empty), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>C# text without its comments (line breaks kept, so line numbers still point at the file): strings, verbatim, raw and character literals are skipped over intact.</summary>
    private static string WithoutComments(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (Starts(text, i, "//"))
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (Starts(text, i, "/*"))
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                output.Append('\n', text[i..end].Count(c => c == '\n'));
                i = end;
            }
            else if (Starts(text, i, "\"\"\""))
            {
                var end = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 3;
                output.Append(text, i, end - i);
                i = end;
            }
            else if (text[i] == '"' || (text[i] == '\'' && i + 2 < text.Length))
            {
                var verbatim = i > 0 && text[i - 1] == '@' || (i > 1 && text[i - 1] == '$' && text[i - 2] == '@');
                var quote = text[i];
                var j = i + 1;
                while (j < text.Length && text[j] != '\n')
                {
                    if (!verbatim && text[j] == '\\')
                    {
                        j += 2;
                        continue;
                    }

                    if (text[j] == quote)
                    {
                        if (verbatim && j + 1 < text.Length && text[j + 1] == quote)
                        {
                            j += 2;
                            continue;
                        }

                        break;
                    }

                    j++;
                }

                j = Math.Min(j + 1, text.Length);
                output.Append(text, i, j - i);
                i = j;
            }
            else
            {
                output.Append(text[i]);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool Starts(string text, int at, string token) => string.CompareOrdinal(text, at, token, 0, token.Length) == 0;
}
