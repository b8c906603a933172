using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli;

/// <summary>The parser's help, followed by the notes <see cref="HelpNotes"/> holds for the command asked about.</summary>
internal sealed class HelpWithNotes(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        // System.CommandLine's own zh-Hans texts leave the "Description:" heading and the "[default: …]"
        // label in English, so its help is written aside and those two are put in the run's language.
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

    private static string Localised(string text) => text
        .Replace("Description:" + Environment.NewLine, CliText.Get("HelpDescriptionTitle") + Environment.NewLine, StringComparison.Ordinal)
        .Replace("[default: ", CliText.Get("HelpDefaultLabel"), StringComparison.Ordinal);
}
