using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovNet.NetCode.Cli;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// Which language a run speaks (<c>--lang</c>, else the POSIX locale, else English), and that the
/// resources carry Simplified Chinese for every text they hold in English; codes never change.
/// </summary>
public sealed class LanguageTests
{
    private static string Resolve(string[] args, params (string Name, string Value)[] environment) =>
        Language.Resolve(args, name => environment.FirstOrDefault(e => e.Name == name).Value).Name;

    [Fact]
    public void The_option_wins_then_lc_all_then_lc_messages_then_lang_and_english_otherwise()
    {
        Assert.Equal("zh-CN", Resolve(["validate", "--lang", "zh-CN"], ("LANG", "C.UTF-8")));
        Assert.Equal("zh-CN", Resolve(["--lang=zh-cn", "check"]));
        Assert.Equal(string.Empty, Resolve(["--lang", "en"], ("LANG", "zh_CN.UTF-8")));
        Assert.Equal("zh-CN", Resolve(["check"], ("LANG", "zh_CN.UTF-8")));
        Assert.Equal(string.Empty, Resolve(["check"], ("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")));
        Assert.Equal("zh-CN", Resolve(["check"], ("LC_MESSAGES", "zh_CN.GB18030"), ("LANG", "en_US.UTF-8")));
        Assert.Equal(string.Empty, Resolve(["check"]));
    }

    [Fact]
    public void Help_is_chinese_with_zh_cn_and_english_with_en()
    {
        var chinese = Netcode.Run(Path.GetTempPath(), "--lang", "zh-CN", "--help");
        Assert.Equal(0, chinese.ExitCode);
        Assert.Contains("网络即代码", chinese.StandardOutput, StringComparison.Ordinal);
        var english = Netcode.Run(Path.GetTempPath(), "--help", "--lang", "en");
        Assert.Contains("network-as-code compiler", english.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("网络即代码", english.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_and_option_is_described_in_chinese_under_zh_cn()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Resolve(["--lang", "zh-CN"], _ => null);
        try
        {
            var untranslated = new List<string>();
            void Walk(System.CommandLine.Command command, string path)
            {
                Check(path, command.Description);
                foreach (var option in command.Options)
                {
                    Check($"{path} {option.Name}", option.Description);
                }

                foreach (var sub in command.Subcommands)
                {
                    Walk(sub, $"{path} {sub.Name}");
                }
            }

            void Check(string where, string? description)
            {
                if (description is null || !System.Text.RegularExpressions.Regex.IsMatch(description, @"\p{IsCJKUnifiedIdeographs}"))
                {
                    untranslated.Add($"{where}: {description}");
                }
            }

            Walk(NetcodeCli.Root(), "netcode");
            Assert.True(untranslated.Count == 0, "described in English only:\n" + string.Join("\n", untranslated));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void An_unsupported_language_is_a_usage_error()
    {
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--lang", "fr");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("fr", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_rules_are_described_in_chinese_and_keep_their_ids()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "vlan: 510", "vlan: 5100");
        var outcome = Netcode.Run(Path.GetTempPath(), "validate", "--repo", repo.Write(), "--format", "sarif", "--today", "2026-11-24", "--lang", "zh-CN");
        using var document = JsonDocument.Parse(outcome.StandardOutput);
        var rule = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("NC3107", rule.GetProperty("id").GetString());
        Assert.Equal("VLAN 超出 2–4094 范围。", rule.GetProperty("fullDescription").GetProperty("text").GetString());
    }

    public static TheoryData<string> AllCodes() => [.. CodeCatalogue.All];

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_a_chinese_meaning(string code)
    {
        var chinese = CodeCatalogue.Meaning(code, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.NotEqual(CodeCatalogue.Meaning(code, CultureInfo.InvariantCulture), chinese);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
    }

    public static TheoryData<string> EnglishResources() =>
        [.. Directory.EnumerateFiles(Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(NetcodeProcess.RepositoryRoot(), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every English text has its Simplified Chinese one: same names, and Chinese in each.</summary>
    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Every_resource_text_has_a_chinese_translation(string english)
    {
        var path = Path.Combine(NetcodeProcess.RepositoryRoot(), english);
        var chinese = Path.ChangeExtension(path, null) + ".zh-CN.resx";
        Assert.True(File.Exists(chinese), $"{english} has no zh-CN translation beside it");
        var en = Texts(path);
        var zh = Texts(chinese);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), zh.Keys.Order(StringComparer.Ordinal));
        Assert.All(zh, pair => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", pair.Value));
        Assert.All(en, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(zh[pair.Key])));
    }

    /// <summary>The {n} a text fills in, so a translation can neither drop nor invent one.</summary>
    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"(?<!\{)\{(\d+)(?:[:,][^}]*)?\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Texts(string resx) =>
        System.Xml.Linq.XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
}
