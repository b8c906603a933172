using GovNet.NetCode.Cli;

return NetcodeCli.Start(args, Environment.GetEnvironmentVariable);
