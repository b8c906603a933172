using System.Text;
using GovNet.NetCode.Tests.Support;
using Xunit;
using static GovNet.NetCode.Tests.Validation.HostileInputRepo;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// YAML written to break the reader (alias bombs, bad indentation, deep nesting, many documents,
/// repeated and non-scalar keys): every case must end in a diagnostic with a code and a position,
/// never an exception or a hang (<see cref="HangGuard"/> fails a run not finished within 10 s).
/// </summary>
public sealed class HostileInputYamlTests
{
    [Fact]
    public async Task An_alias_bomb_is_NC1008_at_its_first_anchor()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
        }

        using var repo = new MiniRepo().With(Flows, bomb + "flows: *i\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1008", Flows, 1, 4);
        Assert.Contains("&a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_without_an_anchor_is_NC1008()
    {
        using var repo = new MiniRepo().With(Flows, "flows: *everything\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1008", Flows, 1, 8);
    }

    [Fact]
    public async Task A_tab_after_spaces_in_indentation_is_NC1007_at_the_tab()
    {
        using var repo = new MiniRepo().Replace(Network, "    internet: none", "  \tinternet: none");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1007", Network, 12, 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# the planes come later\n# (nothing yet)\n")]
    [InlineData("\uFEFF")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public async Task An_empty_or_comment_only_network_file_is_NC1005(string text)
    {
        using var repo = new MiniRepo().With(Network, text);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1005", Network, 1, 1);
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public async Task Ten_thousand_nested_brackets_are_NC1009(char open, char close)
    {
        using var repo = new MiniRepo().With(Flows, "flows: " + new string(open, 10_000) + new string(close, 10_000) + "\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 1, 39);
    }

    [Fact]
    public async Task Ten_thousand_unclosed_brackets_are_NC1009()
    {
        using var repo = new MiniRepo().With(Flows, "flows: " + new string('[', 10_000));
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 1, 39);
    }

    [Fact]
    public async Task Ten_thousand_nested_block_lists_are_NC1009()
    {
        using var repo = new MiniRepo().With(Flows, "flows:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 2, 63);
    }

    [Fact]
    public async Task Three_documents_in_one_file_are_NC1010_at_the_second()
    {
        using var repo = new MiniRepo().With(Flows, "---\n" + Default(Flows) + "---\nflows: []\n---\nflows: []\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1010", Flows, 9, 1);
    }

    [Fact]
    public async Task A_key_repeated_inside_braces_is_NC1011_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Finance, "{ zone: public, vlan: 110,", "{ zone: public, zone: office, vlan: 110,");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1011", Finance, 4, 21);
        Assert.Contains("duplicate key 'zone' (first at policy/units/finance.yaml:4:7)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_declared_twice_is_NC1011_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Network, "  office: { plane: internal }\n", "  office: { plane: internal }\n  public: { plane: internal }\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1011", Network, 19, 3);
        Assert.Contains("(first at policy/network.yaml:16:3)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("? [zone, vlan]\n: 110\n", 6, 3)]
    [InlineData("? { zone: public }\n: 110\n", 6, 3)]
    [InlineData("[a, b]: 110\n", 6, 1)]
    public async Task A_key_that_is_not_a_scalar_is_NC2103(string entry, int line, int column)
    {
        using var repo = new MiniRepo().With(Finance, Default(Finance) + entry);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2103", Finance, line, column);
        Assert.Contains("mapping key", diagnostic.Message, StringComparison.Ordinal);
    }
}
