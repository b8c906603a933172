using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Load.Binding;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Load;

/// <summary>
/// The device binder splits port ranges by a scan from the end; the pattern it replaced stays the definition.
/// Both must agree on every name: whether it is a range, and where its numbers start and end.
/// </summary>
public sealed class PortRangeSplitterProperties
{
    // Pieces that make names near and around a range: digits on both sides of a dash, several dashes, a line
    // feed (which the pattern's '.' and '$' treat specially), Unicode digits, letters outside ASCII.
    private static readonly string[] Pieces =
    [
        "GigabitEthernet", "Ten-GigabitEthernet", "GE", "Eth-Trunk", "1", "0", "24", "0/0/", "1/0/", "/", "-", "--", ".", ":",
        "7", "48", "99999999999", "\n", "\r", " ", "\u0663", "\uff11", "é", "x", "",
    ];

    private static readonly string[] Digits = ["1", "24", "007", "", "99999999999", "\u0663", "2\u0663"];

    private static Gen<string> Names() =>
        Gen.Choose(0, int.MaxValue).Select(seed => Next(new Random(seed)));

    [Property(MaxTest = 3000)]
    public Property The_scan_splits_every_name_as_the_pattern_does() =>
        Prop.ForAll(Arb.From(Names()), name => Agrees(name).ToProperty().Label(Quote(name)));

    [Fact]
    public void Many_random_names_split_alike()
    {
        var random = new Random(16);
        var ranges = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var name = Next(random);
            ranges += AssertAgree(name) ? 1 : 0;
        }

        // The pieces must make ranges often enough for the agreement on positions to mean something.
        Assert.True(ranges > 10_000, $"only {ranges} ranges");
    }

    [Theory]
    [InlineData("GigabitEthernet1/0/1-24", true)]
    [InlineData("GigabitEthernet1/0/25", false)]
    [InlineData("Eth-Trunk1-4", true)]
    [InlineData("1-24", false)]
    [InlineData("x1-24\n", true)]
    [InlineData("x1-\u0663", true)]
    [InlineData("x\n1-2", true)]
    [InlineData("x1-2\n\n", false)]
    [InlineData("-1-2", true)]
    [InlineData("x-1", false)]
    [InlineData("", false)]
    public void Hand_picked_names_split_alike(string name, bool range) => Assert.Equal(range, AssertAgree(name));

    [Fact]
    public void Every_interface_name_in_the_example_splits_alike()
    {
        var devices = Path.Combine(NetcodeProcess.RepositoryRoot(), "inventory", "devices");
        var names = Directory.EnumerateFiles(devices, "*.yaml")
            .SelectMany(File.ReadLines)
            .Select(line => line.Trim().TrimStart('-', ' ', '{'))
            .Where(line => line.StartsWith("name:", StringComparison.Ordinal))
            .Select(line => line["name:".Length..].Split(',', '}')[0].Trim().Trim('"', '\''))
            .ToList();

        Assert.NotEmpty(names);
        Assert.Contains(names, name => AssertAgree(name));
        foreach (var name in names)
        {
            AssertAgree(name);
        }
    }

    private static bool Agrees(string name) =>
        PortRangeSplitter.TrySplit(name, out var firstStart, out var dash) == PortRangeSplitter.TrySplitByDefinition(name, out var definedFirst, out var definedDash) &&
        (firstStart, dash) == (definedFirst, definedDash);

    private static bool AssertAgree(string name)
    {
        var scanned = PortRangeSplitter.TrySplit(name, out var firstStart, out var dash);
        var defined = PortRangeSplitter.TrySplitByDefinition(name, out var definedFirst, out var definedDash);
        Assert.True(scanned == defined, $"range or not differs for {Quote(name)}");
        Assert.True((firstStart, dash) == (definedFirst, definedDash), $"split differs for {Quote(name)}: {firstStart},{dash} against {definedFirst},{definedDash}");
        return scanned;
    }

    private static string Next(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        // Half the names end like a range, digits either side of a dash, sometimes with something after it.
        if (random.Next(2) == 0)
        {
            text.Append(Digits[random.Next(Digits.Length)]).Append('-').Append(Digits[random.Next(Digits.Length)]);
            if (random.Next(4) == 0)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }

    private static string Quote(string name) => System.Text.Json.JsonSerializer.Serialize(name);
}
