using System.CommandLine;
using GovNet.NetCode.Cli;
using GovNet.NetCode.Cli.Commands;

var root = new RootCommand("netcode: network-as-code compiler and drift checker for isolated government networks")
{
    ValidateCommand.Create(),
    SchemaCommand.Create(),
};

return NetcodeCli.Invoke(root, args);
