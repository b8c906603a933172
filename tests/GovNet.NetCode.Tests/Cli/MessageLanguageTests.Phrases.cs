using System.Text.Json;
using System.Text.RegularExpressions;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// The words put into messages from outside MessageText — schema captions, overlap owners, parse
/// section names, the verifier's evaluated labels — follow the run's language too: under zh-CN a
/// message holds none of the English resources' phrases, under en it reads as before.
/// </summary>
public sealed partial class MessageLanguageTests
{
    private static readonly string Library = Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode");

    /// <summary>Every run of two or more English words in the English texts of <paramref name="resources"/>, placeholders cut out.</summary>
    private static List<string> EnglishPhrases(params string[] resources) =>
        [.. resources.SelectMany(r => System.Xml.Linq.XDocument.Load(Path.Combine(Library, r + ".resx")).Root!.Elements("data").Select(d => (string)d.Element("value")!))
            .SelectMany(text => Placeholder().Split(text))
            .SelectMany(part => TwoWords().Matches(part).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)];

    private static void AssertNoEnglishPhrase(string chinese, params string[] resources)
    {
        var found = EnglishPhrases(resources).Where(p => chinese.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, $"English left in: {chinese}\n{string.Join("\n", found)}");
        Assert.Matches(Cjk(), chinese);
    }

    private static string LineWith(string output, string code) =>
        Assert.Single(output.Split('\n'), l => l.Contains(code, StringComparison.Ordinal));

    [Fact]
    public void Every_schema_caption_and_parse_text_the_code_names_exists_and_every_one_is_named()
    {
        static IEnumerable<Caption> Captions(Shape shape) => shape switch
        {
            ObjectShape o => o.Fields.SelectMany(f => Captions(f.Shape)).Prepend(o.Description),
            MapShape m => Captions(m.Values).Prepend(m.Description),
            ListShape l => Captions(l.Items).Prepend(l.Description),
            EitherShape e => e.Options.SelectMany(Captions).Prepend(e.Description),
            _ => [shape.Description],
        };

        var schemaNames = Caption.Names().ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(PolicyShapes.Files.SelectMany(f => Captions(f.Shape)).Select(c => c.Key), k => !schemaNames.Contains(k));
        var sources = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        foreach (var name in schemaNames.Concat(ParseText.Texts.Names()))
        {
            Assert.True(sources.Exists(s => s.Contains($"\"{name}\"", StringComparison.Ordinal)), $"{name} is named by no code");
        }

        Assert.Empty(sources.SelectMany(s => ParseTextAsked().Matches(s)).Select(m => m.Groups["key"].Value).Except(ParseText.Texts.Names()));
    }

    [Fact]
    public void A_missing_required_key_names_the_field_in_the_runs_language()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510, ", string.Empty);
        var root = repo.Write();
        var en = LineWith(Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "en").StandardError, "NC2102");
        var zh = LineWith(Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "zh-CN").StandardError, "NC2102");
        Assert.EndsWith("error NC2102: segment has no 'vlan' (VLAN id (2-4094))", en, StringComparison.Ordinal);
        Assert.EndsWith("error NC2102: 网段 缺少 'vlan'（VLAN 编号（2-4094））", zh, StringComparison.Ordinal);
        AssertNoEnglishPhrase(zh, "Load/Schema/SchemaText", "Diagnostics/MessageText");
    }

    [Theory]
    [InlineData("subnet: 10.61.110.0/24", "subnet: 10.61.1.0/24", "NC3102", "subnet 10.61.1.0/24 of finance@public overlaps 10.61.1.0/24 of center@public declared at")]
    [InlineData("subnet: 10.61.110.0/24", "subnet: 10.61.0.0/24", "NC3111", "subnet 10.61.0.0/24 of finance@public overlaps management subnet 10.61.0.0/24 of plane external declared at")]
    public void An_overlap_names_both_owners_in_the_runs_language(string old, string replacement, string code, string english)
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", old, replacement);
        var root = repo.Write();
        Assert.Contains(english, LineWith(Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "en").StandardError, code), StringComparison.Ordinal);
        var zh = LineWith(Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "zh-CN").StandardError, code);
        Assert.Contains("网段 finance@public 的子网 10.61.", zh, StringComparison.Ordinal);
        AssertNoEnglishPhrase(zh, "Diagnostics/MessageText");
    }

    [Fact]
    public void A_parse_coverage_finding_and_the_verify_summary_speak_the_runs_language()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        File.AppendAllText(Path.Combine(root, "build", "configs", "EXT-CORE-01.cfg"), "ip frobnicate widgets\n");

        string Verify(string language) => Netcode.Run(root, "verify", "--today", "2026-11-24", "--lang", language) is { ExitCode: 1 } o
            ? o.StandardOutput + o.StandardError
            : throw new Xunit.Sdk.XunitException($"verify --lang {language} did not find the unread line");

        var en = Verify("en");
        Assert.Contains("error coverage: line not understood in 'global': ip frobnicate widgets", en, StringComparison.Ordinal);
        Assert.Contains("evaluated P1 (layer 2, layer 3, management, address census), P2, P3, P4, P5, parse coverage", en, StringComparison.Ordinal);
        var zh = Verify("zh-CN");
        var finding = LineWith(zh, "ip frobnicate widgets");
        Assert.EndsWith("error coverage: '全局' 中有无法识别的行：ip frobnicate widgets", finding, StringComparison.Ordinal);
        AssertNoEnglishPhrase(finding.Replace("ip frobnicate widgets", string.Empty, StringComparison.Ordinal), "Diagnostics/MessageText", "Parsing/ParseText");
        var summary = LineWith(zh, "P5");
        Assert.Contains("P1（二层、三层、管理网络、地址普查）, P2, P3, P4, P5, 解析覆盖率", summary, StringComparison.Ordinal);
        AssertNoEnglishPhrase(summary, "Diagnostics/MessageText", "Report/ReportText");
    }

    [Fact]
    public void Parse_of_an_unknown_dialect_says_why_in_the_runs_language()
    {
        var folder = Directory.CreateTempSubdirectory("netcode-parse-lang-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "x.cfg"), "hello world\n");
            var en = Netcode.Run(folder.FullName, "parse", "x.cfg", "--lang", "en").StandardError;
            Assert.Contains("no line is written the way a known dialect writes it (huawei-vrp, h3c-comware, cisco-ios); pass --dialect", en, StringComparison.Ordinal);
            AssertNoEnglishPhrase(LineWith(Netcode.Run(folder.FullName, "parse", "x.cfg", "--lang", "zh-CN").StandardError, "NC1021"), "Parsing/ParseText", "Diagnostics/MessageText");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Only the words change: the same schema, and every description and title in Chinese.</summary>
    [Fact]
    public void Schema_descriptions_follow_the_runs_language_and_the_schema_stays_the_same()
    {
        static List<(string Path, string? Value)> Walk(JsonElement element, string path = "$") => element.ValueKind switch
        {
            JsonValueKind.Object => [(path, null), .. element.EnumerateObject().SelectMany(p => Walk(p.Value, $"{path}.{p.Name}"))],
            JsonValueKind.Array => [(path, null), .. element.EnumerateArray().SelectMany((e, i) => Walk(e, $"{path}[{i}]"))],
            _ => [(path, element.ToString())],
        };

        static bool Worded(string path) => path.EndsWith(".description", StringComparison.Ordinal) || path.EndsWith(".title", StringComparison.Ordinal) || path.EndsWith(".$comment", StringComparison.Ordinal);

        using var en = JsonDocument.Parse(Netcode.Run(Path.GetTempPath(), "schema", "--lang", "en").StandardOutput);
        using var zh = JsonDocument.Parse(Netcode.Run(Path.GetTempPath(), "schema", "--lang", "zh-CN").StandardOutput);
        var (english, chinese) = (Walk(en.RootElement), Walk(zh.RootElement));
        Assert.Equal(english.Select(e => e.Path), chinese.Select(c => c.Path));
        Assert.Equal(english.Where(e => !Worded(e.Path)), chinese.Where(c => !Worded(c.Path)));
        Assert.All(chinese.Where(c => Worded(c.Path) && c.Value is not null), c => Assert.Matches(Cjk(), c.Value!));
        Assert.Contains(("$.$defs.unit.properties.segments.items.properties.vlan.description", "VLAN id (2-4094)"), english);
        Assert.Contains(("$.$defs.unit.properties.segments.items.properties.vlan.description", "VLAN 编号（2-4094）"), chinese);
    }

    [GeneratedRegex(@"[A-Za-z][a-z]+(?: [a-z]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex TwoWords();

    [GeneratedRegex(@"ParseText\.(?:Get|Format)\(""(?<key>\w+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParseTextAsked();
}
