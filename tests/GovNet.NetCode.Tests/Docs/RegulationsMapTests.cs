using System.Reflection;
using System.Text.RegularExpressions;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Docs;

/// <summary>
/// policy/REGULATIONS.md maps each article of the regulations to the codes and tests that enforce it.
/// A map that cites a renamed test or a code that does not exist claims an enforcement nobody proves,
/// so every reference in its tables must resolve, and every row proves something or says it does not yet.
/// </summary>
public sealed partial class RegulationsMapTests
{
    private static string MapPath => Path.Combine(NetcodeProcess.RepositoryRoot(), "policy", "REGULATIONS.md");

    private static readonly Lazy<HashSet<string>> DocumentedCodes = new(() =>
        [.. File.ReadLines(Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode", "Diagnostics", "README.md"))
            .Select(line => CodeRow().Match(line)).Where(m => m.Success).Select(m => m.Groups["code"].Value)]);

    /// <summary>Test class name → the names of its test methods ([Fact], [Theory], FsCheck's [Property]).</summary>
    private static readonly Lazy<ILookup<string, string>> Tests = new(() =>
        typeof(RegulationsMapTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => method.GetCustomAttributes().Any(a => a is FactAttribute || a.GetType().Name == "PropertyAttribute"))
                .Select(method => (Class: type.Name, method.Name)))
            .ToLookup(t => t.Class, t => t.Name, StringComparer.Ordinal));

    /// <summary>Every stale reference in the map's tables, as "article: reference (why)".</summary>
    internal static List<string> StaleReferences(string markdown)
    {
        var stale = new List<string>();
        foreach (var row in Rows(markdown))
        {
            var article = row[0];
            var text = string.Join(" | ", row);
            foreach (var code in Code().Matches(text).Select(m => m.Value).Distinct())
            {
                if (!DocumentedCodes.Value.Contains(code))
                {
                    stale.Add($"{article}: {code} (not in compiler/GovNet.NetCode/Diagnostics/README.md)");
                }
            }

            foreach (Match test in TestReference().Matches(text))
            {
                var (type, method) = (test.Groups["class"].Value, test.Groups["method"].Value);
                if (!Tests.Value[type].Contains(method, StringComparer.Ordinal))
                {
                    stale.Add($"{article}: {type}.{method} ({(Tests.Value.Contains(type) ? "no such test method" : "no such test class")})");
                }
            }

            if (!TestReference().IsMatch(text) && !text.Contains("未实现 / not yet", StringComparison.Ordinal))
            {
                stale.Add($"{article}: the row names no test and does not say 未实现 / not yet");
            }
        }

        return stale;
    }

    /// <summary>The cells of every body row of the mapping tables (those whose header has a 证明测试 column).</summary>
    private static IEnumerable<string[]> Rows(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var inMapping = false;
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|'))
            {
                inMapping = false;
            }
            else if (Separator().IsMatch(lines[i]))
            {
                inMapping = lines[i - 1].Contains("证明测试", StringComparison.Ordinal);
            }
            else if (inMapping)
            {
                yield return [.. lines[i].Trim().Trim('|').Split(" | ").Select(c => c.Trim())];
            }
        }
    }

    [Fact]
    public void Every_code_and_test_the_map_cites_exists()
    {
        var map = File.ReadAllText(MapPath);
        var stale = StaleReferences(map);
        Assert.True(stale.Count == 0, "policy/REGULATIONS.md cites what does not exist:\n" + string.Join("\n", stale));
        Assert.True(Rows(map).Count(r => TestReference().IsMatch(string.Join(" ", r))) >= 20, "the map's tables were not read");
    }

    [Fact]
    public void The_map_covers_every_regulation_and_says_what_is_not_yet()
    {
        var map = File.ReadAllText(MapPath);
        foreach (var file in Directory.Exists(SeedsFolder) ? Directory.EnumerateFiles(SeedsFolder, "*.txt").Select(f => Path.GetFileName(f)[..3]) : ["000", "001", "002", "003", "004"])
        {
            Assert.Matches($"{file} 第", map);
        }

        foreach (var promised in new[] { "issue 18" })
        {
            Assert.Contains(promised, map, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_renamed_test_a_missing_code_and_a_row_without_proof_are_each_named()
    {
        var map = """
            | 条款 | 要求 | 校验代码 | 验证属性 | 漂移 | 证明测试 |
            |---|---|---|---|---|---|
            | 000 第九条 | 物理隔离 | NC5106、NC5999 | P1 | — | `InventoryDiagnosticsTests.A_cable_between_the_planes_is_NC5106`；`InventoryDiagnosticsTests.A_cable_between_planes_renamed` |
            | 001 第八条 | 出口 | NC5107 | P2 | — | `NoSuchTests.Anything` |
            | 002 第十条 | 分区 | NC4105 | P3 | — | — |
            | 004 第六条 | 冗余 | — | — | 未实现 / not yet | — |
            """;
        Assert.Equal(
        [
            "000 第九条: NC5999 (not in compiler/GovNet.NetCode/Diagnostics/README.md)",
            "000 第九条: InventoryDiagnosticsTests.A_cable_between_planes_renamed (no such test method)",
            "001 第八条: NoSuchTests.Anything (no such test class)",
            "002 第十条: the row names no test and does not say 未实现 / not yet",
        ], StaleReferences(map));
    }

    private static string SeedsFolder => Path.Combine(NetcodeProcess.RepositoryRoot(), "..", "shared", "seeds");

    [GeneratedRegex(@"^\| (?<code>NC\d{4}) \|", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"\bNC\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"`(?<class>[A-Z]\w*(Tests|Properties))\.(?<method>\w+)`", RegexOptions.CultureInvariant)]
    private static partial Regex TestReference();

    [GeneratedRegex(@"^\|(\s*:?-{3,}:?\s*\|)+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
