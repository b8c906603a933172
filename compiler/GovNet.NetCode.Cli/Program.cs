using GovNet.NetCode.Cli;
using GovNet.NetCode.Pipeline;

CollectorHeadroom.Open();
return NetcodeCli.Start(args, Environment.GetEnvironmentVariable);
