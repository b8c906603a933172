using System.CommandLine;
using System.Globalization;
using System.CommandLine.Help;
using GovNet.NetCode.Cli.Commands;
using GovNet.NetCode.Cli.Resources;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Cli;

/// <summary>Runs a command line; a usage mistake is invalid input (exit 2), as DESIGN.md's exit codes say.</summary>
public static class NetcodeCli
{
    /// <summary>
    /// Every command of netcode, built afresh (options hold no state between runs). The root is named
    /// netcode, not after the process, so help reads the same whether netcode runs as its own
    /// executable, through dotnet or inside another process.
    /// </summary>
    public static Command Root()
    {
        var help = new HelpOption { Description = CliText.Get("HelpOption") };
        help.Action = new HelpWithNotes((HelpAction)help.Action!);
        var root = new Command("netcode", CliText.Get("RootDescription"))
        {
            help,
            new VersionOption { Description = CliText.Get("VersionOption") },
            new Option<string>(Language.OptionName) { Description = CliText.Get("LangOption"), Recursive = true }.AcceptOnlyFromAmong(Language.Supported),
            ValidateCommand.Create(),
            CompileCommand.Create("compile", CliText.Get("CompileDescription")),
            CompileCommand.Create("check", CliText.Get("CheckDescription")),
            VerifyCommand.Create(),
            FetchCommand.Create(),
            DriftCommand.Create(),
            PatchCommand.Create(),
            FillCommand.Create(),
            ParseCommand.Create(),
            PlanCommand.Create(),
            SchemaCommand.Create(),
            IpamCommand.Create(),
        };

        // With an action of its own the root reports a missing command once, instead of the parser
        // adding "Required command was not provided" to every unknown word.
        root.SetAction(_ =>
        {
            Terminal.Error.WriteLine(UsageText.NoCommand);
            Terminal.Error.WriteLine(UsageText.SeeHelp);
            return (int)ExitCodes.InvalidInput;
        });
        return root;
    }

    /// <summary>
    /// Runs netcode in this process as if started in <paramref name="workingDirectory"/> with its
    /// standard streams going to <paramref name="output"/> and <paramref name="error"/>. The locale of
    /// the hosting process is not read: such a run speaks English unless <c>--lang</c> says otherwise.
    /// </summary>
    public static int Run(string[] args, string workingDirectory, TextWriter output, TextWriter error) =>
        Terminal.With(output, error, workingDirectory, () => Start(args, _ => null));

    /// <summary>Settles the run's language (<see cref="Language"/>), then builds the commands in it and runs them.</summary>
    public static int Start(string[] args, Func<string, string?> environment)
    {
        StageClock.Mark("process");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Resolve(args, environment);
        try
        {
            return Invoke(Root(), args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static int Invoke(Command root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var result = root.Parse(args);
        // Help is asked for while learning a command: a required option not yet given is no error then.
        if (result.Errors.Count > 0 && result.Action is not HelpWithNotes)
        {
            foreach (var error in result.Errors)
            {
                Terminal.Error.WriteLine(UsageText.Error(error.Message));
            }

            foreach (var token in result.UnmatchedTokens)
            {
                var command = result.CommandResult.Command;
                var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Name));
                if (Suggestions.Closest(token, names) is { } name)
                {
                    Terminal.Error.WriteLine(UsageText.DidYouMean(token, name));
                }
            }

            Terminal.Error.WriteLine(UsageText.SeeHelp);
            return (int)ExitCodes.InvalidInput;
        }

        return result.Invoke(new InvocationConfiguration { Output = Terminal.Out, Error = Terminal.Error });
    }
}
