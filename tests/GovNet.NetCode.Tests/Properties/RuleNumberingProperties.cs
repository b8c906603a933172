using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Properties;

/// <summary>
/// ACL rule numbers on random ACLs and random networks: numbers always rise in the compiled rule order
/// (so a device that evaluates by number keeps today's first match), and a change that only adds and
/// removes rules renumbers none of the others.
/// </summary>
public sealed class RuleNumberingProperties
{
    [Property(MaxTest = 300)]
    public Property Adding_and_removing_rules_renumbers_no_other_rule_on_any_dialect() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var dialect = DialectRegistry.All[random.Next(DialectRegistry.All.Count)];
            var old = Enumerable.Range(0, random.Next(1, 400)).Select(i => $"old {i}").ToList();
            var first = Assign(old, Groups(old.Count, random), [], dialect);
            var previous = old.Select((key, i) => new NumberedRule(first[i], key)).ToList();

            // Drop some rules and put at most one new rule before each survivor and at the end.
            var now = new List<string>();
            foreach (var key in old)
            {
                if (random.Next(4) == 0)
                {
                    now.Add($"new before {key}");
                }

                if (random.Next(5) != 0)
                {
                    now.Add(key);
                }
            }

            now.AddRange(Enumerable.Range(0, random.Next(3)).Select(i => $"new at the end {i}"));
            var numbers = Assign(now, Groups(now.Count, random), previous, dialect);
            var was = previous.ToDictionary(p => p.Rule, p => p.Number, StringComparer.Ordinal);
            var renumbered = now.Select((key, i) => (key, i)).Where(r => was.TryGetValue(r.key, out var number) && number != numbers[r.i]).ToList();
            Assert.True(renumbered.Count == 0, $"{dialect.Id}, seed {seed}: renumbered {string.Join(", ", renumbered.Take(5))}");
        });

    [Property(MaxTest = 300)]
    public Property Any_previous_numbers_give_rising_numbers_and_again_the_same() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            // Numbers a merge, a hand edit or another policy could leave: repeated, out of order, out of range.
            var random = new Random(seed);
            var dialect = DialectRegistry.All[random.Next(DialectRegistry.All.Count)];
            var rules = Enumerable.Range(0, random.Next(1, 300)).Select(_ => $"rule {random.Next(200)}").ToList();
            var previous = Enumerable.Range(0, random.Next(0, 300)).Select(_ => new NumberedRule(random.Next(-5, 3000), $"rule {random.Next(200)}")).ToList();
            var groups = Groups(rules.Count, random);
            var numbers = Assign(rules, groups, previous, dialect);
            var again = RuleNumbering.Assign(rules, groups, [.. rules.Select((key, i) => new NumberedRule(numbers[i], key))], dialect.AclRuleNumbers, dialect.AclRuleStep);
            Assert.Equal(numbers, again!.Value.Numbers);
            Assert.Equal(0, again.Value.Moved);
        });

    /// <summary>Random networks on every vendor mix compiled with scrambled previous numbers: every ACL's numbers rise in compiled order.</summary>
    [Property(MaxTest = 20)]
    public Property Compiled_acls_number_their_rules_in_first_match_order_whatever_the_previous_numbers() =>
        Prop.ForAll(NetworkSpecs.SmallArbitrary(), Arb.From(Gen.Choose(0, int.MaxValue)), (spec, seed) =>
        {
            using var folder = NetworkGenerator.Generate(spec).Files.WriteToTemporaryDirectory();
            var model = CompileHarness.Model(folder.Path);
            var own = CompileHarness.Translate(model, AclNumberBook.Empty).Numbers;
            var random = new Random(seed);
            var scrambled = new AclNumberBook(own.Acls.ToImmutableSortedDictionary(
                a => a.Key,
                a => a.Value.Where(_ => random.Next(4) != 0).Select(r => r with { Number = random.Next(4) == 0 ? random.Next(0, 70_000) : r.Number }).ToImmutableArray(),
                AclNumberBook.KeyOrder.Instance));
            foreach (var (device, view) in CompileHarness.Translate(model, scrambled).Views)
            {
                var range = DialectRegistry.Find(device.Vendor.Value)!.AclRuleNumbers;
                foreach (var acl in view.Acls)
                {
                    var sequence = acl.Rules.Select(r => (long)r.Sequence).ToList();
                    Assert.True(sequence.Zip(sequence.Skip(1)).All(p => p.First < p.Second), $"{spec}, seed {seed}: {device.Hostname} ACL {acl.Id} numbers do not rise: {string.Join(' ', sequence)}");
                    Assert.All(sequence, n => Assert.InRange(n, range.First, range.Last));
                }
            }
        });

    private static bool[] Groups(int count, Random random) => [.. Enumerable.Range(0, count).Select(i => i == 0 || random.Next(5) == 0)];

    private static long[] Assign(List<string> rules, bool[] groups, List<NumberedRule> previous, Dialect dialect)
    {
        var result = RuleNumbering.Assign(rules, groups, previous, dialect.AclRuleNumbers, dialect.AclRuleStep);
        Assert.NotNull(result);
        var numbers = result.Value.Numbers;
        Assert.True(numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second), "numbers must rise in first-match order");
        Assert.All(numbers, n => Assert.InRange(n, dialect.AclRuleNumbers.First, dialect.AclRuleNumbers.Last));
        return numbers;
    }
}
