using GovNet.NetCode.Cli;

CollectorHeadroom.Open();
return NetcodeCli.Start(args, Environment.GetEnvironmentVariable);
