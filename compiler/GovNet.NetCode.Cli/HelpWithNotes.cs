using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GovNet.NetCode.Cli;

/// <summary>The parser's help, followed by the notes <see cref="HelpNotes"/> holds for the command asked about.</summary>
internal sealed class HelpWithNotes(HelpAction help) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = help.Invoke(parseResult);
        if (HelpNotes.For(parseResult.CommandResult.Command.Name) is { } notes)
        {
            Terminal.Out.Write(notes);
        }

        return exitCode;
    }
}
