using System.Text.Json;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Cli;

/// <summary>
/// The reports people read speak the run's language: under <c>--lang zh-CN</c> plan and drift in text,
/// markdown and HTML carry Chinese headings and none of the English ones, under <c>--lang en</c> the
/// English ones; the policy's titles (网络、单位、区域) appear in both; JSON and SARIF keep the same keys.
/// </summary>
public sealed class OutputLanguageTests : IDisposable
{
    private readonly GitPolicyRepo plan = new();
    private readonly MiniRepo mini = new();
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("netcode-lang-");
    private readonly string miniRoot;

    public OutputLanguageTests()
    {
        // One new unit in the public zone, with a flow of its own: the day-one change.
        plan.Write("policy/units/kejiju.yaml", "id: kejiju\ntitle: 佳县科学技术局\nsegments:\n  - { zone: public, vlan: 199, subnet: 10.61.199.0/24 }\n");
        miniRoot = mini.Write();
        Directory.CreateDirectory(Running);
        foreach (var config in CompileHarness.CompileClean(CompileHarness.Model(miniRoot)))
        {
            File.WriteAllText(Path.Combine(Running, config.FileName), config.Text);
        }

        var core = Path.Combine(Running, "EXT-CORE-01.cfg");
        File.WriteAllText(core, DriftHarness.ReplaceFirst(File.ReadAllText(core), " description [EXT] ", " description [EXT] changed "));
    }

    private string Running => Path.Combine(work.FullName, "running");

    public void Dispose()
    {
        plan.Dispose();
        mini.Dispose();
        work.Delete(recursive: true);
    }

    private NetcodeProcess.Outcome Plan(string language, string format) => plan.Plan("--base", "HEAD", "--format", format, "--lang", language);

    private NetcodeProcess.Outcome Drift(string language, string format) =>
        Netcode.Run(miniRoot, "drift", "--running", Running, "--today", "2026-11-24", "--format", format, "--lang", language);

    public static TheoryData<string, string[], string[]> PlanFormats() => new()
    {
        { "text", ["变更计划：基准", "网络：佳县电子政务网络 (jiaxian-egov)", "+ 单位 kejiju", "目标版本隔离性：成立"], ["plan: base", "policy change(s)", "isolation on head", " permits "] },
        { "markdown", ["## netcode 变更计划", "网络：**佳县电子政务网络 (jiaxian-egov)**", "### 策略变更", "#### 按区域", "#### 按单位", "**佳县科学技术局 (kejiju)**", "公用网络区 (public)", "| 设备配置 |"], ["## netcode plan", "### Policy changes", "#### Per zone", "Isolation on head", "| device configs |"] },
    };

    [Theory]
    [MemberData(nameof(PlanFormats))]
    public void Plan_speaks_chinese_under_zh_cn_and_english_under_en(string format, string[] chinese, string[] english) =>
        AssertSpeaks(language => Plan(language, format), 0, chinese, english, "佳县电子政务网络 (jiaxian-egov)", "变更计划");

    [Fact]
    public void Plan_marks_the_reply_half_of_a_stateless_permit_as_such()
    {
        var en = Plan("en", "text").StandardOutput;
        Assert.Contains("+ permits service:dns -> kejiju@public udp/0-65535 (reply half of the stateless permit kejiju@public -> service:dns udp/53)", en, StringComparison.Ordinal);
        Assert.Contains("+ permits kejiju@public -> service:dns udp/53\n", en, StringComparison.Ordinal);
        var zh = Plan("zh-CN", "markdown").StandardOutput;
        Assert.Contains("`service:dns -> kejiju@public udp/0-65535`（无状态放行 kejiju@public -> service:dns udp/53 的回程方向）", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vlan_put_on_a_port_in_a_plan_names_its_unit_and_zone()
    {
        plan.Replace("inventory/devices/EXT-ACC-CZ-01.yaml", "mode: trunk, vlans: auto", "mode: trunk, vlans: [100, 116, 216]");
        var outcome = Plan("en", "text");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains("116 (segment of unit 佳县财政局 (caizheng), zone 公用网络区 (public))", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("216 (segment of unit 佳县财政局 (caizheng), zone 专用网络区 (dedicated))", outcome.StandardOutput, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[], string[]> DriftFormats() => new()
    {
        { "text", ["配置偏差：测试网络 (test-net)", "设备", "严重", "有偏差", "比对设备"], ["DEVICE", "CRITICAL", "device(s) compared", "drift: "] },
        { "markdown", ["# 配置偏差：测试网络 (test-net)", "| 设备 | 厂商 | 状态 |", "| 级别 | 类型 | 配置段 |", "时间:", "网络平面:"], ["# Drift:", "| device |", "| rank |", "device(s) compared"] },
        { "html", ["<h1>配置偏差：测试网络 (test-net)</h1>", "<th>设备</th>", "<th>级别</th>", "<th>意图配置</th>", "<th>时间</th>", "<th>采集主机</th>"], ["<h1>Drift:", "<th>device</th>", "<th>rank</th>", "<th>intended</th>", "<th>time</th>"] },
    };

    [Theory]
    [MemberData(nameof(DriftFormats))]
    public void Drift_speaks_chinese_under_zh_cn_and_english_under_en(string format, string[] chinese, string[] english) =>
        AssertSpeaks(language => Drift(language, format), 1, chinese, english, "测试网络 (test-net)", "配置偏差");

    /// <summary>Under zh-CN every Chinese text and none of the English ones; under en every English one, no Chinese heading, and the policy's title in both.</summary>
    private static void AssertSpeaks(Func<string, NetcodeProcess.Outcome> run, int exitCode, string[] chinese, string[] english, string title, string chineseHeading)
    {
        var zh = run("zh-CN");
        Assert.True(zh.ExitCode == exitCode, zh.StandardError);
        Assert.All(chinese, text => Assert.Contains(text, zh.StandardOutput, StringComparison.Ordinal));
        Assert.All(english, text => Assert.DoesNotContain(text, zh.StandardOutput, StringComparison.Ordinal));

        var en = run("en").StandardOutput;
        Assert.All(english, text => Assert.Contains(text, en, StringComparison.Ordinal));
        Assert.Contains(title, en, StringComparison.Ordinal);
        Assert.DoesNotContain(chineseHeading, en, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_keep_their_keys_codes_and_rule_ids_in_both_languages()
    {
        Assert.Equal(Keys(Plan("en", "json").StandardOutput), Keys(Plan("zh-CN", "json").StandardOutput));
        Assert.Equal(Keys(Drift("en", "json").StandardOutput), Keys(Drift("zh-CN", "json").StandardOutput));
        plan.Append("policy/flows.yaml", "  - id: leak\n    rule: permit tcp/443 from zone:office to service:oa\n    approval: 佳政办发〔2025〕99号\n");
        var (en, zh) = (Plan("en", "sarif"), Plan("zh-CN", "sarif"));
        Assert.Equal(1, en.ExitCode);
        Assert.Equal(Keys(en.StandardOutput), Keys(zh.StandardOutput));
        Assert.Equal(RuleIds(en.StandardOutput), RuleIds(zh.StandardOutput));
        Assert.NotEmpty(RuleIds(en.StandardOutput));
    }

    /// <summary>Every property path in the document (array positions left out), sorted.</summary>
    private static string[] Keys(string json)
    {
        using var document = JsonDocument.Parse(json);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    keys.Add(path + "/" + property.Name);
                    Walk(property.Value, path + "/" + property.Name);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]");
                }
            }
        }

        Walk(document.RootElement, string.Empty);
        return [.. keys];
    }

    private static string[] RuleIds(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!)];
    }
}
