using System.Globalization;
using GovNet.NetCode.Benchmarks;

// Usage:
//   validate [units] [devices]      generate a network into a temp folder, validate it cold and warm, then sweep sizes
//   validate --repo DIR             validate an existing repository cold and warm (peak memory of validation alone)
//   generate DIR [units] [devices]  write a generated network into DIR (for timing the CLI on it)
//   profile DIR                     time each stage of validation (read, decode, parse, shapes, load, each rule)
//   compile [units] [devices]       generate a network, validate+compile it cold and warm, write the build, profile the stages, sweep sizes
//   compile --repo DIR              the same on an existing repository, without the sweep
//   drift [units] [devices]         generate and compile a network, then time drift of its configs against edited copies
//   parse [units]                   parse + normalise + compare one config of about 10,000 lines per dialect (default 2,000 units)
//   verify [units] [devices]        generate and compile a network, verify it cold and warm, then sweep sizes
//   verify-once [units] [devices]   the same without the sweep
//   fetch [devices] [parallelism…] [--reply-delay MS | --key-exchange NAME]
//                                   serve a generated network from the fake SSH fleet and pull it at each parallelism (default 200 devices; 16 8 1),
//                                   each device waiting MS before its config (default 0)
//   fleet REPO DIR                  serve REPO's compiled configs from a fake SSH fleet until Ctrl-C; DIR/collection.yaml reaches it
return args switch
{
    ["validate", "--repo", var repo] => ValidateBenchmark.RunOnFolder(repo),
    ["profile", var repo] => StageProfile.Run(repo),
    ["compile", "--repo", var repo] => CompileBenchmark.RunOnFolder(repo),
    ["compile", .. var rest] => CompileBenchmark.Run(Number(rest, 0, 2000), Number(rest, 1, null)),
    ["parse", .. var rest] => ParseBenchmark.Run(Number(rest, 0, 2000)!.Value),
    ["drift", .. var rest] => DriftBenchmark.Run(Number(rest, 0, 800)!.Value, Number(rest, 1, 200)),
    ["verify", .. var rest] => VerifyBenchmark.Run(Number(rest, 0, 2000), Number(rest, 1, null), sweep: true),
    ["verify-once", .. var rest] => VerifyBenchmark.Run(Number(rest, 0, 2000), Number(rest, 1, null), sweep: false),
    ["validate", .. var rest] => ValidateBenchmark.Run(Number(rest, 0, 2000), Number(rest, 1, null)),
    ["fetch", .. var rest, "--reply-delay", var delay] => Fetch(rest, Number([delay], 0, 0)!.Value),
    ["fetch", .. var rest, "--key-exchange", var kex] => Fetch(rest, 0, kex),
    ["fetch", .. var rest] => Fetch(rest, 0),
    ["fleet", var repo, var directory] => FleetCommand.Run(repo, directory),
    ["generate", var directory, .. var rest] => GenerateCommand.Run(directory, Number(rest, 0, 2000), Number(rest, 1, null)),
    _ => Usage(),
};

static int? Number(string[] args, int index, int? fallback) =>
    index < args.Length ? int.Parse(args[index], NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

static int Fetch(string[] rest, int replyDelay, string? keyExchange = null) =>
    FetchBenchmark.Run(Number(rest, 0, 200)!.Value, rest.Length > 1 ? [.. rest[1..].Select(r => Number([r], 0, 1)!.Value)] : [16, 8, 1], replyDelay, keyExchange);

static int Usage()
{
    Console.Error.WriteLine("usage: validate [units] [devices] | validate --repo DIR | generate DIR [units] [devices] | profile DIR | compile [units] [devices] | compile --repo DIR | verify [units] [devices] | verify-once [units] [devices] | drift [units] [devices] | parse [units] | fetch [devices] [parallelism...] [--reply-delay MS | --key-exchange NAME] | fleet REPO DIR");
    return 64;
}
