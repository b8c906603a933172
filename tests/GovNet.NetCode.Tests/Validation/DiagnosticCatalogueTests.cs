using System.Reflection;
using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// Keeps <see cref="Codes"/>, the diagnostic catalogue (Diagnostics/README.md) and the tests in step: a code that is added must be
/// documented and exercised, and the documentation must not describe codes that do not exist.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static readonly string RepositoryRoot = NetcodeProcess.RepositoryRoot();

    public static TheoryData<string> AllCodes() => [.. CodeValues()];

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = CodeValues();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Matches(CodePattern(), code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_a_row_in_the_catalogue(string code)
    {
        var rows = DocumentedRows();
        Assert.True(rows.ContainsKey(code), $"the diagnostic catalogue (Diagnostics/README.md) has no table row for {code}");
        Assert.Matches("^(error|warning)$", rows[code].Severity);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_has_its_meaning_in_the_resources_as_documented(string code)
    {
        var meaning = CodeCatalogue.Meaning(code, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(meaning), $"CodeText.resx has no meaning for {code}");
        var cells = DocumentedRows()[code].Line.Split(" | ");
        Assert.Equal(cells[2].Replace("\\|", "|", StringComparison.Ordinal), meaning);
        Assert.NotEqual(code, CodeCatalogue.Name(code));
        Assert.True(CodeCatalogue.Summary(code)!.Length <= meaning!.Length);
    }

    [Fact]
    public void The_documentation_names_only_codes_that_exist()
    {
        var unknown = DocumentedRows().Keys.Except(CodeValues(), StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0, "the diagnostic catalogue (Diagnostics/README.md) documents codes that Codes.cs does not declare: " + string.Join(", ", unknown));
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Every_code_is_used_by_a_test(string code)
    {
        var literal = $"\"{code}\"";
        var users = TestSources().Where(f => File.ReadAllText(f).Contains(literal, StringComparison.Ordinal)).ToList();
        Assert.True(users.Count > 0, $"no test source under tests/ contains the literal {literal}");
    }

    private static List<string> CodeValues() =>
        [.. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>The table rows of the diagnostic catalogue (Diagnostics/README.md) by code: <c>| NC3102 | error | meaning | example |</c>.</summary>
    private static Dictionary<string, (string Severity, string Line)> DocumentedRows()
    {
        var rows = new Dictionary<string, (string Severity, string Line)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot, "compiler", "GovNet.NetCode", "Diagnostics", "README.md")))
        {
            var match = RowPattern().Match(line);
            if (match.Success)
            {
                Assert.True(rows.TryAdd(match.Groups["code"].Value, (match.Groups["severity"].Value, line)),
                    $"the diagnostic catalogue (Diagnostics/README.md) has two rows for {match.Groups["code"].Value}");
            }
        }

        return rows;
    }

    private static IEnumerable<string> TestSources()
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) &&
                        !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal));
    }

    [GeneratedRegex("^NC[1-9][0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\|\s*`?(?<code>NC[0-9]{4})`?\s*\|\s*(?<severity>[a-z]+)\s*\|", RegexOptions.CultureInvariant)]
    private static partial Regex RowPattern();
}
