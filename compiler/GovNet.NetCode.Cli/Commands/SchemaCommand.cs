using System.CommandLine;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Report;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode schema</c>: the JSON Schema of the policy and inventory files, for editors: all kinds
/// in one document, one kind (<c>--kind</c>), or one file per kind written into a folder (<c>--out</c>).
/// </summary>
internal static class SchemaCommand
{
    private static class Text
    {
        public static string Description => CliText.Get("SchemaDescription");
        public static string Kind => CliText.Get("SchemaKindOption");
        public static string Out => CliText.Get("SchemaOutOption");
        public static string KindAndOut => CliText.Get("SchemaKindAndOut");

        public static string Wrote(int count, string folder) => CliText.Format("SchemaWrote", count, folder);
    }

    public static Command Create()
    {
        var kind = new Option<string?>("--kind") { Description = Text.Kind };
        kind.AcceptOnlyFromAmong([.. JsonSchemaWriter.Kinds]);
        var output = CommonOptions.Folder("--out", Text.Out);
        var command = new Command("schema", Text.Description) { kind, output };
        command.SetAction(result => Run(result.GetValue(kind), result.GetValue(output)));
        return command;
    }

    private static int Run(string? kind, DirectoryInfo? output)
    {
        if (kind is not null && output is not null)
        {
            Terminal.Error.WriteLine(Text.KindAndOut);
            return (int)ExitCodes.InvalidInput;
        }

        if (output is null)
        {
            Terminal.Out.Write(kind is null ? JsonSchemaWriter.Write() : JsonSchemaWriter.WriteKind(kind));
            return (int)ExitCodes.Clean;
        }

        Directory.CreateDirectory(output.FullName);
        var kinds = JsonSchemaWriter.Kinds.ToList();
        foreach (var name in kinds)
        {
            AtomicFile.WriteAllText(Path.Combine(output.FullName, JsonSchemaWriter.FileName(name)), JsonSchemaWriter.WriteKind(name));
        }

        Terminal.Out.WriteLine(Text.Wrote(kinds.Count, Path.GetRelativePath(Terminal.CurrentDirectory, output.FullName).Replace('\\', '/')));
        return (int)ExitCodes.Clean;
    }
}
