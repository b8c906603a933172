using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Load;

/// <summary>
/// The lean YAML reader either declines a text or reads exactly the tree YamlDotNet's reading builds
/// (kinds, values, quoting and every line:column), and only for texts YamlDotNet reads without a single
/// diagnostic: so a file it takes gives the same model and the same report, and one it declines goes
/// the old way. Checked over random texts in and around the policy files' shape, over hand-picked near
/// misses, and over every YAML file in the repository, of which it must take the example's.
/// </summary>
public sealed class SimpleYamlReaderProperties
{
    private static Gen<string> Texts() =>
        Gen.Choose(0, int.MaxValue).Select(seed => YamlTextGenerator.Next(new Random(seed)));

    [Property(MaxTest = 3000)]
    public Property A_text_is_declined_or_read_as_YamlDotNet_reads_it() =>
        Prop.ForAll(Arb.From(Texts()), text => Agrees(text).ToProperty().Label(text));

    [Fact]
    public void Generated_texts_are_taken_often_enough_to_test_the_reader()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 2000).Select(_ => YamlTextGenerator.Next(random)).ToList();
        var taken = texts.Count(t => SimpleYamlReader.TryRead(t, "f.yaml") is not null);

        // Both sides must be well represented, or the property above proves little of one of them.
        Assert.InRange(taken, 400, 1600);
        Assert.All(texts, t => Assert.True(Agrees(t), t));
    }

    [Theory]
    [InlineData("a: b\n", true)]
    [InlineData("a: b\r\nc: d\r\n", true)]
    [InlineData("a:b\n", false)]
    [InlineData("a: b: c\n", false)]
    [InlineData("a:\n- -\n", false)]
    [InlineData("a: \"x # y\"  # z\n", true)]
    [InlineData("a: 'p: q'\n", true)]
    [InlineData("a: \"\\x41\\u4e2d\\\"\"\n", true)]
    [InlineData("a: \"\\q\"\n", false)]
    [InlineData("a:\nb: c\n", false)]
    [InlineData("a: ~\nb: null\nc: 12\nd: true\n", true)]
    [InlineData("名称: 佳县财政局 办公楼\n", true)]
    [InlineData("a: b   \n", true)]
    [InlineData("a: &x b\n", false)]
    [InlineData("a: *x\n", false)]
    [InlineData("a: !t b\n", false)]
    [InlineData("a: |\n  b\n", false)]
    [InlineData("a: >\n  b\n", false)]
    [InlineData("a: b\n  c\n", false)]
    [InlineData("a: \"b\n  c\"\n", false)]
    [InlineData("---\na: b\n", false)]
    [InlineData("a:\n\tb: c\n", false)]
    [InlineData("  a: b\n", false)]
    [InlineData("a: b\na: c\n", false)]
    [InlineData("a: { b: c, b: d }\n", false)]
    [InlineData("a: { mac: 54:ee:75:8f:a8:67, port: \"X:Gi1/0/1\" }\n", true)]
    [InlineData("a:\n- { b: c }\n- [d, e]\nf: g\n", true)]
    [InlineData("a:\n  - b: c\n    d: e\n  - f\n", true)]
    [InlineData("a: [b,\n  c]\n", false)]
    [InlineData("a: [b, ]\n", false)]
    [InlineData("a: {b: }\n", false)]
    [InlineData("# only\n# comments\n", false)]
    [InlineData("- a\n", false)]
    [InlineData("a: b\n...\n", false)]
    public void Near_misses_are_declined_and_the_simple_shape_is_taken(string text, bool taken)
    {
        Assert.Equal(taken, SimpleYamlReader.TryRead(text, "f.yaml") is not null);
        Assert.True(Agrees(text), text);
    }

    [Fact]
    public void Every_YAML_file_in_the_repository_is_declined_or_read_alike_and_the_example_is_taken()
    {
        var root = NetcodeProcess.RepositoryRoot();
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is ".git" or "bin" or "obj"))
            .ToList();
        // The policy files (the collectors' folder holds Kubernetes manifests, not read by the loader).
        var example = files
            .Where(f => IsUnder(root, f, "policy") || (IsUnder(root, f, "inventory") && !IsUnder(root, f, Path.Combine("inventory", "collectors"))))
            .ToList();

        Assert.NotEmpty(example);
        foreach (var file in files)
        {
            var text = SourceText.Decode(File.ReadAllBytes(file), file, new DiagnosticBag());
            if (text is null)
            {
                continue;
            }

            Assert.True(Agrees(text), file);
            if (example.Contains(file))
            {
                Assert.True(SimpleYamlReader.TryRead(text, file) is not null, "the lean reader declined " + file);
            }
        }
    }

    private static bool IsUnder(string root, string file, string folder) =>
        file.StartsWith(Path.Combine(root, folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Declined, or read without any diagnostic by YamlDotNet into the same tree.</summary>
    private static bool Agrees(string text)
    {
        if (SimpleYamlReader.TryRead(text, "f.yaml") is not { } fast)
        {
            return true;
        }

        var diagnostics = new DiagnosticBag();
        var slow = YamlTreeReader.ReadWithYamlDotNet(text, "f.yaml", diagnostics);
        return diagnostics.Items.Count == 0 && YamlTreeDump.Of(fast) == YamlTreeDump.Of(slow);
    }
}
