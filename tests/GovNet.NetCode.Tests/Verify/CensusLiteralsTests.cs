using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// A parse keeps only the address literals the census judges: every literal of the whole scan but
/// those on ACL rule lines, which the census skipped itself before (and still does). Held on every
/// golden config and corpus file under every dialect, and on generated texts with any lines skipped.
/// </summary>
public sealed class CensusLiteralsTests
{
    [Fact]
    public void A_parse_keeps_every_literal_the_census_judges()
    {
        var files = Directory.EnumerateFiles(DialectSamples.GoldenFolder, "*.cfg");
        if (RealConfigs.Present)
        {
            files = files.Concat(Directory.EnumerateFiles(RealConfigs.Root, "*", SearchOption.AllDirectories));
        }

        var skipped = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (var dialect in DialectRegistry.All)
            {
                var facts = dialect.Parse(text, file);
                var acl = facts.AclRuleLines();
                var whole = AddressLiterals.Scan(text);
                Assert.Equal(whole.Where(l => !acl.Contains(l.Line)), facts.Literals);
                skipped += whole.Length - facts.Literals.Length;
            }
        }

        Assert.True(skipped > 0);
    }

    [Fact]
    public void Skipping_lines_drops_their_literals_and_no_other()
    {
        var line = Gen.Elements("ip address 10.1.1.1 255.255.255.0", "rule 5 permit ip source 10.0.0.0 0.0.255.255", "1.2.3.4/24 5.6.7.8", "x", "",
            "ip route-static 0.0.0.0 0 192.0.2.1", "1.2.3", "\r", "a.b 300.1.1.1 10.0.0.1 32");
        var texts = Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(line, n)).Select(lines => string.Join('\n', lines));
        var cases = from text in texts from skip in Gen.ArrayOf(Gen.Choose(0, 22)) select (text, skip);
        Prop.ForAll(Arb.From(cases), c =>
        {
            var skipped = c.skip.ToHashSet();
            Assert.Equal(AddressLiterals.Scan(c.text).Where(l => !skipped.Contains(l.Line)), AddressLiterals.Scan(c.text, skipped));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
