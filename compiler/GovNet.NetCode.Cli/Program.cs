using GovNet.NetCode.Cli;

return NetcodeCli.Invoke(NetcodeCli.Root(), args);
