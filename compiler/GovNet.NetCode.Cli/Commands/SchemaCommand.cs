using System.CommandLine;
using GovNet.NetCode.Load.Schema;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode schema</c>: the JSON Schema of the policy and inventory files, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of the policy and inventory YAML files (for editors)");
        command.SetAction(_ =>
        {
            Terminal.Out.Write(JsonSchemaWriter.Write());
            return (int)ExitCodes.Clean;
        });
        return command;
    }
}
