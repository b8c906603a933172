using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Architecture;

/// <summary>
/// Data flows one way through the core (DESIGN.md): load → model → validate → compile → render, and
/// text → facts → verify / drift / plan / patch → report. Each stage folder of <c>compiler/GovNet.NetCode</c>
/// may use only the stages listed for it here; a new import against the flow fails this test.
/// </summary>
public sealed partial class ImportDirectionTests
{
    /// <summary>What each stage may use besides itself. Nothing may use a stage missing from the table.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["Model"] = ["Diagnostics"],
        ["Parsing"] = ["Model", "Diagnostics"],
        ["Dialects"] = ["Parsing", "Model", "Diagnostics"],
        ["Load"] = ["Dialects", "Model", "Diagnostics"],
        ["Validate"] = ["Load", "Dialects", "Model", "Diagnostics"],
        ["Compile"] = ["Validate", "Dialects", "Model", "Diagnostics"],
        ["Render"] = ["Compile", "Load", "Dialects", "Model", "Diagnostics"],
        ["Verify"] = ["Parsing", "Dialects", "Model", "Diagnostics"],
        ["Pipeline"] = ["Verify", "Render", "Compile", "Validate", "Load", "Dialects", "Parsing", "Model", "Diagnostics"],
        ["Collect"] = ["Load", "Dialects", "Parsing", "Model", "Diagnostics"],
        ["Drift"] = ["Collect", "Pipeline", "Verify", "Render", "Compile", "Validate", "Load", "Dialects", "Parsing", "Model", "Diagnostics"],
        ["Plan"] = ["Pipeline", "Verify", "Render", "Compile", "Validate", "Load", "Dialects", "Parsing", "Model", "Diagnostics"],
        ["Patch"] = ["Drift", "Collect", "Pipeline", "Verify", "Render", "Compile", "Validate", "Load", "Dialects", "Parsing", "Model", "Diagnostics"],
        ["Report"] = ["Patch", "Plan", "Drift", "Collect", "Pipeline", "Verify", "Render", "Compile", "Validate", "Load", "Dialects", "Parsing", "Model", "Diagnostics"],
    };

    public static TheoryData<string> Stages() => [.. StageFolders()];

    [Fact]
    public void Every_stage_folder_of_the_core_has_a_row()
    {
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), StageFolders());
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_uses_only_the_stages_before_it(string stage)
    {
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, stage), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in Reference().Matches(lines[i]))
                {
                    // Names that are no stage (the test and CLI assemblies granted internals) are not imports.
                    var used = match.Groups["stage"].Value;
                    if (used != stage && Allowed.ContainsKey(used) && !Allowed[stage].Contains(used))
                    {
                        wrong.Add($"{Path.GetRelativePath(Core, file)}:{i + 1}: {stage} uses {used}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>
    /// SSH, Git and the console are the outside world: they live in GovNet.NetCode.Adapters and the
    /// command line, which plug them in. The core cannot call them, since it does not reference them.
    /// </summary>
    [Fact]
    public void The_core_references_no_adapter_and_no_outside_world_library()
    {
        var project = XDocument.Load(Path.Combine(Core, "GovNet.NetCode.csproj"));
        var packages = project.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include")).ToList();
        Assert.DoesNotContain("SSH.NET", packages);
        Assert.DoesNotContain("LibGit2Sharp", packages);
        Assert.DoesNotContain("Spectre.Console", packages);
        Assert.Empty(project.Descendants("ProjectReference"));
    }

    private static string Core => Path.Combine(NetcodeProcess.RepositoryRoot(), "compiler", "GovNet.NetCode");

    private static List<string> StageFolders() =>
        [.. Directory.GetDirectories(Core).Select(Path.GetFileName).OfType<string>().Where(d => d is not ("bin" or "obj")).Order(StringComparer.Ordinal)];

    /// <summary>A using directive or a qualified name: either names the stage right after <c>GovNet.NetCode.</c>.</summary>
    [GeneratedRegex(@"\bGovNet\.NetCode\.(?<stage>[A-Z][A-Za-z]*)\b")]
    private static partial Regex Reference();
}
