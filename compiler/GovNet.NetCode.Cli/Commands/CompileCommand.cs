using System.Buffers;
using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Model;
using GovNet.NetCode.Pipeline;
using GovNet.NetCode.Render;
using GovNet.NetCode.Report;
using GovNet.NetCode.Verify;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode compile</c> (validate, then render every device) and <c>netcode check</c> (the main job:
/// validate + compile + verify the written configs, exit 1 on an isolation violation). Nothing is written unless
/// validation and compilation succeed. Text goes to the terminal; json and sarif are one document on
/// standard output whatever stage the run stopped at, so CI always gets something to read.
/// </summary>
internal static class CompileCommand
{
    public static Command Create(string name, string description)
    {
        var repo = CommonOptions.Repo();
        var today = CommonOptions.Today();
        var format = CommonOptions.Format("text", "json", "sarif");
        var output = CommonOptions.Folder("--out", CliText.Get("CompileOutOption"));
        var templates = CommonOptions.Folder("--templates", CliText.Get("TemplatesOption"));
        var command = new Command(name, description) { repo, output, templates, format, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(output),
            result.GetValue(templates),
            result.GetValue(format)!,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now),
            name));
        return command;
    }

    private enum Stop
    {
        Invalid,
        NotWritten,
        Written,
    }

    /// <summary>What a run came to, whichever format reports it.</summary>
    private sealed record Outcome(Stop Stop, ImmutableArray<Diagnostic> Diagnostics, string? Network, int Configs, string OutFolder, VerifyResult? Verify)
    {
        public bool Written => Stop == Stop.Written;

        /// <summary>The run had to write inventory/acl-numbers.txt: the numbers the configs carry are new.</summary>
        public bool NumbersChanged { get; init; }

        public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

        public ExitCodes ExitCode => !Written ? ExitCodes.InvalidInput : Verify is { Errors: > 0 } ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int Run(DirectoryInfo repo, DirectoryInfo? output, DirectoryInfo? templates, string format, DateOnly today, string name)
    {
        var outDirectory = output?.FullName ?? Path.Combine(repo.FullName, "build");
        var outcome = Build(repo, outDirectory, templates, today, name);
        switch (format)
        {
            case "json":
                Terminal.Out.WriteLine(ToJson(name, outcome).ToJsonString(DiagnosticWriter.JsonOptions));
                break;
            case "sarif":
                var findings = outcome.Verify is { } verified ? FindingWriter.SarifResults(verified) : [];
                Terminal.Out.Write(SarifWriter.Write("netcode", SarifWriter.Of(outcome.Diagnostics).Concat(findings)));
                break;
            default:
                WriteText(name, outcome);
                break;
        }

        return (int)outcome.ExitCode;
    }

    private static Outcome Build(DirectoryInfo repo, string outDirectory, DirectoryInfo? templates, DateOnly today, string name)
    {
        var label = $"{Path.GetRelativePath(repo.FullName, outDirectory).Replace('\\', '/')}/{BuildWriter.ConfigsFolder}";
        var shown = Path.GetRelativePath(Terminal.CurrentDirectory, outDirectory);
        var library = new TemplateLibrary(TemplateRoot(repo, templates));

        // Configs are written into the build's staging folder while the others render; it takes the out
        // folder's place only once everything below has succeeded, and is removed otherwise.
        using var build = new StagedBuild(outDirectory);
        var run = PolicyPipeline.Run(repo.FullName, today, library, name == "check" ? PipelineGoal.Verify : PipelineGoal.Compile, label, build);
        if (run.Reached <= PipelineStage.Validate && !run.Valid)
        {
            return new Outcome(Stop.Invalid, run.Diagnostics, null, 0, shown, null);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        var numbersChanged = false;
        var written = run.Configs is { } compiled
            && build.Commit(run.Model!.Network.Name.Value, compiled, diagnostics, () => SaveNumbers(repo.FullName, run.Numbers!, diagnostics, out numbersChanged));
        StageClock.Mark("write");
        if (!written)
        {
            return new Outcome(Stop.NotWritten, diagnostics.ToSortedArray(), null, 0, shown, null);
        }

        return new Outcome(Stop.Written, diagnostics.ToSortedArray(), run.Model!.Network.Name.Value, run.Configs!.Value.Length, shown, run.Verify) { NumbersChanged = numbersChanged };
    }

    private static void WriteText(string name, Outcome outcome)
    {
        DiagnosticWriter.WriteText(Terminal.Error, outcome.Diagnostics);
        if (!outcome.Written)
        {
            Terminal.Error.WriteLine(outcome.Stop == Stop.Invalid
                ? CliText.Format("CompileErrors", name, outcome.Errors)
                : CliText.Format("CompileFailed", name));
            return;
        }

        Terminal.Out.WriteLine(CliText.Format("CompileDone", name, outcome.Network, outcome.Configs, outcome.OutFolder));
        if (outcome.NumbersChanged)
        {
            Terminal.Out.WriteLine(CliText.Format("CompileNumbersWritten", name, AclNumberFile.Path));
        }

        if (outcome.Verify is { } verified)
        {
            FindingWriter.WriteText(Terminal.Error, Terminal.Out, verified);
        }
    }

    private static JsonObject ToJson(string name, Outcome outcome) => new()
    {
        ["command"] = name,
        ["valid"] = outcome.Written,
        ["verdict"] = outcome.ExitCode switch { ExitCodes.Clean => "clean", ExitCodes.Findings => "violation", _ => "invalid" },
        ["errors"] = outcome.Errors,
        ["warnings"] = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning),
        ["diagnostics"] = DiagnosticWriter.ToJson(outcome.Diagnostics),
        ["configs"] = outcome.Written ? outcome.Configs : null,
        ["out"] = outcome.Written ? outcome.OutFolder.Replace('\\', '/') : null,
        ["aclNumbersChanged"] = outcome.NumbersChanged,
        ["verify"] = outcome.Verify is { } verified ? FindingWriter.ToJson(verified) : null,
    };

    /// <summary>
    /// Writes the rule numbers the configs carry to <see cref="AclNumberFile.Path"/> when they differ from
    /// the file's, first, so a build is never written whose numbers the next compile would not keep.
    /// </summary>
    private static bool SaveNumbers(string repo, AclNumberBook numbers, DiagnosticBag diagnostics, out bool changed)
    {
        var path = Path.Combine(repo, AclNumberFile.Path);
        var text = AclNumberFile.Format(numbers);
        try
        {
            changed = !File.Exists(path) || !NumberFileHolds(path, text);
            if (changed)
            {
                AtomicFile.WriteAllText(path, text);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            changed = false;
            diagnostics.Error(Codes.OutputNotWritten, SourceSpan.StartOf(AclNumberFile.Path), CliText.Format("CompileNumbersNotWritten", e.Message));
            return false;
        }
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> reads as <paramref name="text"/>. Mostly it holds exactly the
    /// text's UTF-8 bytes, compared as bytes without decoding a city's megabytes into a second string; any other
    /// file (a byte order mark, another encoding) is read as text and compared as before.
    /// </summary>
    private static bool NumberFileHolds(string path, string text)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        byte[]? utf8 = null;
        try
        {
            utf8 = ArrayPool<byte>.Shared.Rent(strict.GetByteCount(text));
            var length = strict.GetBytes(text, utf8);
            if (FileBytes.Hold(path, utf8.AsSpan(0, length)))
            {
                return true;
            }
        }
        catch (EncoderFallbackException)
        {
            // Not encodable as it stands: the text comparison below decides, as it always did.
        }
        finally
        {
            if (utf8 is not null)
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }

        return File.ReadAllText(path) == text;
    }

    internal static string TemplateRoot(DirectoryInfo repo, DirectoryInfo? templates) =>
        templates?.FullName ?? TemplateLibrary.RootFor(repo.FullName, Path.Combine(AppContext.BaseDirectory, "templates"));
}
