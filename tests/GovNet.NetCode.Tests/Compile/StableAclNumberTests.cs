using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Plan;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// The example network changed as a department's first day changes it — a flow added at the top of
/// flows.yaml and a unit in the middle of the address plan — compiled with the numbers of the compile
/// before, on every dialect: no rule whose match and action stayed gets another number, and the
/// core's config changes by about the rules that really change, not by every rule after them.
/// </summary>
public sealed class StableAclNumberTests
{
    private const string CoreHost = "EXT-CORE-01";

    public static TheoryData<string> Dialects() => [.. DialectRegistry.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void A_flow_at_the_top_and_a_unit_in_the_middle_renumber_no_unchanged_rule(string dialect)
    {
        using var repo = ExampleCopy();
        var (beforeViews, beforeNumbers) = CompileHarness.Translate(OnDialect(CompileHarness.Model(repo.Path), dialect), AclNumberBook.Empty);
        AddFlowAtTopAndUnitInMiddle(repo.Path);
        var (afterViews, afterNumbers) = CompileHarness.Translate(OnDialect(CompileHarness.Model(repo.Path), dialect), beforeNumbers);

        var (kept, renumbered, changedRules) = Compare(beforeNumbers, afterNumbers, null);
        Assert.True(kept > 1500, $"{kept} rules kept: the example should keep most of its rules");
        Assert.True(changedRules > 0, "the change should add rules");
        Assert.Equal(0, renumbered);

        // The core's text changes by the rules added or removed (a rule line and its remark each), plus
        // the new unit's VLANs, gateways and ACL headers; before stable numbers it was about 4,800 lines.
        var (_, _, coreRules) = Compare(beforeNumbers, afterNumbers, CoreHost);
        var diff = ConfigDiff.Unified(CoreHost, ChangeKind.Changed, Config(beforeViews, CoreHost), Config(afterViews, CoreHost));
        Assert.True(diff.Added + diff.Removed <= (2 * coreRules) + 40, $"{dialect}: core diff +{diff.Added} -{diff.Removed} for {coreRules} rules added or removed");
    }

    [Fact]
    public void Compiling_again_with_its_own_numbers_gives_the_same_bytes()
    {
        using var repo = ExampleCopy();
        var model = CompileHarness.Model(repo.Path);
        var (first, numbers) = CompileHarness.Translate(model, AclNumberBook.Empty);
        var (second, again) = CompileHarness.Translate(model, numbers);
        Assert.Equal(first.Select(v => Config([.. first], v.Device.Hostname.Value)), second.Select(v => Config([.. second], v.Device.Hostname.Value)));
        Assert.Equal(GovNet.NetCode.Load.AclNumberFile.Format(numbers), GovNet.NetCode.Load.AclNumberFile.Format(again));
    }

    /// <summary>The example's policy and inventory, without its number file: the test numbers it itself.</summary>
    private static TemporaryDirectory ExampleCopy()
    {
        var repo = new TemporaryDirectory("netcode-acl-numbers");
        foreach (var folder in new[] { "policy", "inventory" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(NetcodeProcess.RepositoryRoot(), folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(repo.Path, Path.GetRelativePath(NetcodeProcess.RepositoryRoot(), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        File.Delete(Path.Combine(repo.Path, GovNet.NetCode.Load.AclNumberFile.Path));
        return repo;
    }

    private static void AddFlowAtTopAndUnitInMiddle(string repo)
    {
        var flows = Path.Combine(repo, "policy", "flows.yaml");
        var text = File.ReadAllText(flows);
        Assert.Contains("\nflows:\n", text, StringComparison.Ordinal);
        File.WriteAllText(flows, text.Replace("\nflows:\n", "\nflows:\n  - permit tcp/8080 from zone:public to service:oa\n", StringComparison.Ordinal));

        // VLANs 107-110 are free between jiwei (106) and the next department (111).
        File.WriteAllText(Path.Combine(repo, "policy", "units", "shuiwu.yaml"), """
            id: shuiwu
            title: 国家税务总局佳县税务局
            segments:
              - { zone: public,    vlan: 108, subnet: 10.61.108.0/24 }
              - { zone: dedicated, vlan: 208, subnet: 10.62.8.0/24 }
            """);
    }

    /// <summary>The model with every device on one dialect: ACL numbering depends on the dialect's step and range only, so the example's ACLs serve every vendor.</summary>
    private static PolicyModel OnDialect(PolicyModel model, string dialect) =>
        model with { Devices = [.. model.Devices.Select(d => d with { Vendor = d.Vendor with { Value = dialect } })] };

    private static string Config(IReadOnlyList<(Device Device, DeviceView View)> views, string host)
    {
        var diagnostics = new DiagnosticBag();
        var configs = ConfigRenderer.Render([.. views.Where(v => v.Device.Hostname.Value == host)], CompileHarness.Templates(), diagnostics);
        Assert.True(configs is { Length: 1 }, string.Join('\n', diagnostics.ToSortedArray()));
        return configs!.Value[0].Text;
    }

    /// <summary>Rules in both books (the n-th rule with a key in an ACL matched to the n-th), those of them renumbered, and rules in only one.</summary>
    internal static (int Kept, int Renumbered, int Changed) Compare(AclNumberBook before, AclNumberBook after, string? device)
    {
        int kept = 0, renumbered = 0, changed = 0;
        foreach (var key in before.Acls.Keys.Union(after.Acls.Keys).Where(k => device is null || k.Device == device))
        {
            var old = before.Of(key.Device, key.Acl).GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => new Queue<long>(g.Select(r => r.Number)), StringComparer.Ordinal);
            var now = after.Of(key.Device, key.Acl);
            foreach (var rule in now)
            {
                if (old.TryGetValue(rule.Rule, out var numbers) && numbers.TryDequeue(out var number))
                {
                    kept++;
                    renumbered += number == rule.Number ? 0 : 1;
                }
                else
                {
                    changed++;
                }
            }

            changed += old.Values.Sum(q => q.Count);
        }

        return (kept, renumbered, changed);
    }
}
