using System.CommandLine;
using GovNet.NetCode.Cli;
using GovNet.NetCode.Cli.Commands;

var root = new RootCommand("netcode: network-as-code compiler and drift checker for isolated government networks")
{
    ValidateCommand.Create(),
    CompileCommand.Create("compile", "Validate, then render every device's config into build/configs/ with build/manifest.json"),
    CompileCommand.Create("check", "The main job: validate, compile, and verify isolation on the compiled configs (exit 1 on a violation)"),
    VerifyCommand.Create(),
    FetchCommand.Create(),
    DriftCommand.Create(),
    PlanCommand.Create(),
    SchemaCommand.Create(),
};

return NetcodeCli.Invoke(root, args);
