using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovNet.NetCode.Cli;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// The wording of each diagnostic and finding (Diagnostics/MessageText.resx) in both languages: every
/// English text has a Chinese twin with the same placeholders, every key the code asks for exists, and
/// a run speaks the language <c>--lang</c> or the locale chose while positions, codes, rule ids and JSON
/// keys stay exactly the same.
/// </summary>
public sealed partial class MessageLanguageTests
{
    private static readonly string Folder = Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode", "Diagnostics");

    private static Dictionary<string, string> Texts(string file) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [Fact]
    public void Every_message_has_a_chinese_twin_with_the_same_placeholders()
    {
        var english = Texts("MessageText.resx");
        var chinese = Texts("MessageText.zh-CN.resx");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        var wrong = english.Where(e => !Cjk().IsMatch(chinese[e.Key]) || !Placeholders(e.Value).SetEquals(Placeholders(chinese[e.Key])))
            .Select(e => $"{e.Key}: {e.Value} | {chinese[e.Key]}").ToList();
        Assert.True(wrong.Count == 0, "untranslated or with other placeholders:\n" + string.Join("\n", wrong));
        var arguments = Enumerable.Repeat<object?>(0, 10).ToArray();
        Assert.All(english.Concat(chinese), text => _ = string.Format(CultureInfo.InvariantCulture, text.Value, arguments));
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists_and_every_key_is_asked_for()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        var asked = sources.SelectMany(s => AskedKey().Matches(s)).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var known = Messages.Names().ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(asked);
        Assert.Empty(asked.Except(known));
        Assert.DoesNotContain(known, key => !sources.Exists(s => s.Contains($"\"{key}\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Messages_made_on_other_threads_take_the_culture_of_the_run()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Resolve(["--lang", "zh-CN"], _ => null);
        try
        {
            var made = new string[8];
            Parallel.For(0, made.Length, i => made[i] = Messages.Format("FileEmpty"));
            var onTask = await Task.Run(() => Messages.Format("CannotReadFile", "x"));
            Assert.All(made, m => Assert.Equal("文件为空", m));
            Assert.Equal("无法读取文件：x", onTask);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Validate_speaks_chinese_or_english_at_the_same_place_with_the_same_code()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var root = repo.Write();
        var chinese = Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "zh-CN");
        var english = Netcode.Run(root, "validate", "--today", "2026-11-24", "--lang", "en");
        Assert.Equal(2, chinese.ExitCode);
        var zh = Assert.Single(chinese.StandardError.Split('\n'), l => l.Contains("NC3107", StringComparison.Ordinal));
        var en = Assert.Single(english.StandardError.Split('\n'), l => l.Contains("NC3107", StringComparison.Ordinal));
        Assert.StartsWith("policy/units/finance.yaml:5:27: ", en, StringComparison.Ordinal);
        Assert.Equal(en[..en.IndexOf("NC3107: ", StringComparison.Ordinal)], zh[..zh.IndexOf("NC3107: ", StringComparison.Ordinal)]);
        Assert.EndsWith("error NC3107: VLAN 5100 of segment finance@office is outside 2-4094", en, StringComparison.Ordinal);
        Assert.EndsWith("error NC3107: 网段 finance@office 的 VLAN 5100 超出 2-4094 范围", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_speaks_chinese_under_a_zh_CN_locale_without_lang()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var locale = new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "", ["LC_MESSAGES"] = "" };
        var outcome = NetcodeProcess.Run(repo.Write(), locale, "validate", "--today", "2026-11-24");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error NC3107: 网段 finance@office 的 VLAN 5100 超出 2-4094 范围", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verify_finding_is_chinese_in_text_json_and_sarif_with_the_same_codes_and_keys()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Assert.Equal(0, Netcode.Run(root, "compile", "--today", "2026-11-24").ExitCode);
        var config = Path.Combine(root, "build", "configs", "EXT-EGRESS-01.cfg");
        File.WriteAllText(config, File.ReadAllText(config).Replace("ntp-service unicast-server 10.61.0.123", "ntp-service unicast-server 172.16.0.123", StringComparison.Ordinal));

        string Verify(string language, string format) => Netcode.Run(root, "verify", "--today", "2026-11-24", "--lang", language, "--format", format) is var o && o.ExitCode == 1
            ? o.StandardOutput + o.StandardError
            : throw new Xunit.Sdk.XunitException($"verify --format {format} --lang {language} exited {o.ExitCode}: {o.StandardError}");

        var text = Verify("zh-CN", "text");
        Assert.Contains("error P1: EXT-EGRESS-01（平面 external）使用的 NTP 服务器 172.16.0.123 ", text, StringComparison.Ordinal);
        Assert.Contains("uses NTP server 172.16.0.123, which lies ", Verify("en", "text"), StringComparison.Ordinal);

        foreach (var format in new[] { "json", "sarif" })
        {
            using var zh = JsonDocument.Parse(Verify("zh-CN", format));
            using var en = JsonDocument.Parse(Verify("en", format));
            Assert.Equal(Shape(en.RootElement), Shape(zh.RootElement));
            Assert.Equal(Values(en.RootElement, "code", "ruleId", "property", "id"), Values(zh.RootElement, "code", "ruleId", "property", "id"));
            Assert.Contains(Values(zh.RootElement, "message", "text"), m => m.Contains("使用的 NTP 服务器 172.16.0.123", StringComparison.Ordinal));
            Assert.Contains(Values(en.RootElement, "message", "text"), m => m.Contains("uses NTP server 172.16.0.123", StringComparison.Ordinal));
        }
    }

    /// <summary>As the executable shows it: the parser's zh-Hans satellite is looked up beside netcode.dll.</summary>
    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("verify", "--help")]
    public void Help_under_zh_CN_keeps_no_english_heading_of_the_parser(params string[] arguments)
    {
        var chinese = NetcodeProcess.Run(Path.GetTempPath(), ["--lang", "zh-CN", .. arguments]).StandardOutput;
        foreach (var heading in new[] { "Description:", "Usage:", "Options:", "Commands:", "[default: " })
        {
            Assert.False(chinese.Contains(heading, StringComparison.Ordinal), chinese);
        }

        Assert.Contains("说明:", chinese, StringComparison.Ordinal);
        var english = NetcodeProcess.Run(Path.GetTempPath(), ["--lang", "en", .. arguments]).StandardOutput;
        Assert.Contains("Description:", english, StringComparison.Ordinal);
        Assert.Contains("Usage:", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parsers_english_headings_are_put_in_chinese_where_its_own_texts_are_not_found()
    {
        // Where System.CommandLine's zh-Hans texts are not found (as in the native netcode before its
        // satellites were issued again as zh-CN), its help arrives in English.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Resolve(["--lang", "zh-CN"], _ => null);
        try
        {
            var english = "Description:\n  x\n\nUsage:\n  netcode parse <FILE>...\n\nArguments:\n  <FILE>  config\n\nOptions:\n  --x  y [default: 1]\n\nCommands:\n  check\n";
            var chinese = "说明:\n  x\n\n用法:\n  netcode parse <FILE>...\n\n参数:\n  <FILE>  config\n\n选项:\n  --x  y [默认值: 1]\n\n命令:\n  check\n";

            Assert.Equal(chinese.ReplaceLineEndings(), HelpWithNotes.Localised(english.ReplaceLineEndings()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Every property path of the document, so a translation that renamed or dropped a key shows.</summary>
    private static List<string> Shape(JsonElement element, string path = "$")
    {
        var paths = new List<string> { path };
        if (element.ValueKind == JsonValueKind.Object)
        {
            paths.AddRange(element.EnumerateObject().SelectMany(p => Shape(p.Value, $"{path}.{p.Name}")));
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            paths.AddRange(element.EnumerateArray().SelectMany((item, i) => Shape(item, $"{path}[{i}]")));
        }

        return paths;
    }

    /// <summary>The string values of every property with one of <paramref name="names"/>, in document order.</summary>
    private static List<string> Values(JsonElement element, params string[] names)
    {
        var values = new List<string>();
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (names.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                {
                    values.Add(property.Value.GetString()!);
                }

                values.AddRange(Values(property.Value, names));
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            values.AddRange(element.EnumerateArray().SelectMany(item => Values(item, names)));
        }

        return values;
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups["index"].Value)];

    [GeneratedRegex(@"(?<!\{)\{(?<index>\d+)(?:[:,][^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"Messages\.(?:Get|Format)\(""(?<key>\w+)""|Syntax\(""(?<key>\w+)""", RegexOptions.CultureInvariant)]
    private static partial Regex AskedKey();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex Cjk();
}
