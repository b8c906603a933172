using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli;

/// <summary>The parser's help, followed by the notes <see cref="HelpNotes"/> holds for the command asked about.</summary>
internal sealed class HelpWithNotes(HelpAction help) : SynchronousCommandLineAction
{
    private static readonly (string English, string Key)[] Headings =
    [
        ("Description:", "HelpDescriptionTitle"),
        ("Usage:", "HelpUsageTitle"),
        ("Arguments:", "HelpArgumentsTitle"),
        ("Options:", "HelpOptionsTitle"),
        ("Commands:", "HelpCommandsTitle"),
    ];

    public override int Invoke(ParseResult parseResult)
    {
        // System.CommandLine's own zh-Hans texts leave the "Description:" heading and the "[default: …]"
        // label in English, and where its texts are not found at all every heading is English, so its
        // help is written aside and the headings and that label are put in the run's language.
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var written = new StringWriter(CultureInfo.InvariantCulture);
        configuration.Output = written;
        int exitCode;
        try
        {
            exitCode = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(Localised(written.ToString()));
        if (HelpNotes.For(parseResult.CommandResult.Command.Name) is { } notes)
        {
            Terminal.Out.Write(notes);
        }

        return exitCode;
    }

    /// <summary>The parser's help with its English headings and default label in the run's language.</summary>
    internal static string Localised(string text) => Headings
        .Aggregate(text, (written, heading) => Heading(written, heading.English, CliText.Get(heading.Key)))
        .Replace("[default: ", CliText.Get("HelpDefaultLabel"), StringComparison.Ordinal);

    /// <summary>A heading line (the whole line, at the start of the text or after a line break) in the run's language.</summary>
    private static string Heading(string text, string english, string localised)
    {
        var line = english + Environment.NewLine;
        var start = text.StartsWith(line, StringComparison.Ordinal) ? localised + Environment.NewLine + text[line.Length..] : text;
        return start.Replace(Environment.NewLine + line, Environment.NewLine + localised + Environment.NewLine, StringComparison.Ordinal);
    }
}
