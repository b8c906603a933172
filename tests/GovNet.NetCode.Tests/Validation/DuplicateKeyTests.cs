using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// NC1011: a key given twice in one mapping is reported at the repeat and points at the first, in a
/// small mapping (searched) and a large one (indexed past sixteen keys) alike; nested mappings keep their own keys.
/// </summary>
public sealed class DuplicateKeyTests
{
    [Theory]
    [InlineData(3, 1, 2)]
    [InlineData(30, 4, 20)]
    [InlineData(30, 25, 29)]
    [InlineData(17, 0, 16)]
    public void A_repeated_key_is_reported_at_the_repeat_naming_the_first(int keys, int first, int repeatAt)
    {
        var lines = Enumerable.Range(0, keys).Select(i => $"k{i}: {i}").ToList();
        lines[repeatAt] = $"k{first}: again";
        var diagnostics = new DiagnosticBag();

        var root = YamlTreeReader.Read(string.Join('\n', lines) + "\n", "f.yaml", diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.DuplicateKey, diagnostic.Code);
        Assert.Equal(new SourceSpan("f.yaml", repeatAt + 1, 1), diagnostic.Span);
        Assert.Equal(new SourceSpan("f.yaml", first + 1, 1), Assert.Single(diagnostic.Related));
        Assert.Equal(keys - 1, Assert.IsType<YamlMapping>(root).Entries.Length);
    }

    [Fact]
    public void The_same_key_in_two_mappings_is_no_repeat()
    {
        var text = string.Concat(Enumerable.Range(0, 20).Select(i => $"m{i}:\n  a: 1\n  b: 2\n"));
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(YamlTreeReader.Read(text, "f.yaml", diagnostics));
        Assert.Empty(diagnostics.Items);
    }
}
