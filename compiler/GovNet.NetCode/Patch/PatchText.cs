using System.Collections.Immutable;
using System.Text;
using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Patch;

/// <summary>
/// Steps as the text an operator types: configuration mode entered and left, each step under a
/// comment naming it, sections entered by their header and left with the dialect's exit word,
/// one space of indentation per level for the reader (the CLI ignores it). Secrets never reach it:
/// a masked value becomes a named placeholder the operator fills in.
/// </summary>
public static class PatchText
{
    public const string SecretPlaceholder = "<secret: type the value here>";

    public static string Render(PatchRules rules, string heading, ImmutableArray<PatchStep> steps)
    {
        var text = new StringBuilder();
        text.Append(rules.Comment).Append(' ').Append(heading).Append('\n');
        text.Append(rules.EnterConfig).Append('\n');
        for (var i = 0; i < steps.Length; i++)
        {
            text.Append(rules.Comment).Append(" step ").Append(i + 1).Append(": ").Append(Placeholders(steps[i].Title)).Append('\n');
            Step(text, rules, steps[i]);
        }

        text.Append(rules.LeaveConfig).Append('\n');
        return text.ToString();
    }

    /// <summary>One step's commands, entering its section and leaving every section it entered.</summary>
    public static void Step(StringBuilder text, PatchRules rules, PatchStep step)
    {
        var open = 0;
        foreach (var header in step.Section)
        {
            Line(text, open++, header);
        }

        var depthOfSection = open;
        for (var i = 0; i < step.Commands.Length; i++)
        {
            var command = step.Commands[i];
            var level = depthOfSection + command.Depth;
            while (open > level)
            {
                Line(text, open--, rules.ExitSection);
            }

            Line(text, level, command.Text);
            if (i + 1 < step.Commands.Length && step.Commands[i + 1].Depth > command.Depth)
            {
                open = level + 1;
            }
        }

        while (open > 0)
        {
            Line(text, open--, rules.ExitSection);
        }
    }

    /// <summary>The text with every masked secret replaced by the placeholder.</summary>
    public static string Placeholders(string line) => line.Replace(Dialects.SecretMask.Mask, SecretPlaceholder, StringComparison.Ordinal);

    private static void Line(StringBuilder text, int indent, string line) => text.Append(' ', indent).Append(Placeholders(line)).Append('\n');
}
