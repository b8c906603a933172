using System.CommandLine;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode parse</c>: what the parser understands of configs a user brings (their own running
/// configs, before adopting the tool): per file the dialect, how many lines were understood and
/// every line that was not, with whether it affects forwarding. Needs no policy repository.
/// </summary>
internal static class ParseCommand
{
    public const string Auto = "auto";

    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = CliText.Get("ParseFilesArgument"), Arity = ArgumentArity.OneOrMore };
        var dialect = new Option<string>("--dialect")
        {
            Description = CliText.Format("ParseDialectOption", DialectDetector.Known, Auto),
            DefaultValueFactory = _ => Auto,
        };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("parse", CliText.Get("ParseDescription")) { files, dialect, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(dialect)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] files, string dialectId, string format)
    {
        var given = dialectId == Auto ? null : DialectRegistry.Find(dialectId);
        if (dialectId != Auto && given is null)
        {
            Terminal.Error.WriteLine($"parse: error {Codes.UnknownDialect}: {CliText.Format("ParseUnknownDialect", dialectId, DialectDetector.Known, Auto)}");
            return (int)ExitCodes.InvalidInput;
        }

        // Every file is read and its dialect settled before anything is written: bad input writes nothing.
        var diagnostics = new DiagnosticBag();
        var summaries = new List<ParseSummary>();
        foreach (var typed in files)
        {
            var label = typed.Replace('\\', '/');
            var path = Terminal.FullPath(typed);
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(Codes.MissingInput, SourceSpan.StartOf(label), CliText.Get(Directory.Exists(path) ? "ParseIsFolder" : "ParseNoFile")));
                continue;
            }

            var text = File.ReadAllText(path);
            var (dialect, reason) = given is null ? DialectDetector.Detect(text) : (given, string.Empty);
            if (dialect is null)
            {
                diagnostics.Add(Diagnostic.Error(Codes.DialectNotDetected, SourceSpan.StartOf(label), CliText.Format("ParseNoDialect", reason)));
                continue;
            }

            summaries.Add(ParseSummary.Of(label, text, dialect.Parse(text, label)));
        }

        if (diagnostics.HasErrors)
        {
            DiagnosticWriter.WriteText(Terminal.Error, diagnostics.ToSortedArray());
            Terminal.Error.WriteLine(CliText.Format("ParseErrors", diagnostics.ToSortedArray().Length));
            return (int)ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            Terminal.Out.WriteLine(ParseWriter.ToJson(summaries).ToJsonString(DiagnosticWriter.JsonOptions));
        }
        else
        {
            ParseWriter.WriteText(Terminal.Out, summaries);
        }

        return (int)(summaries.Exists(s => s.AffectsForwarding) ? ExitCodes.Findings : ExitCodes.Clean);
    }
}
