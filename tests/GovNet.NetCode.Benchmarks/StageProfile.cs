using System.Diagnostics;
using System.Globalization;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Stopwatch timings of each stage of <see cref="PolicyValidator.Run"/> (dotnet-counters and a
/// profiler are not available here): reading, decoding, YAML parsing and shape checking of every
/// file, then the whole loader, then each rule class. Each stage is run cold once, then warm.
/// </summary>
internal static class StageProfile
{
    public static int Run(string repository)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            Console.WriteLine(pass == 0 ? "cold pass:" : $"warm pass {pass}:");
            Profile(repository);
        }

        return 0;
    }

    private static void Profile(string repository)
    {
        var files = new[] { PolicyFiles.UnitsFolder, PolicyFiles.DevicesFolder }.SelectMany(f => PolicyFiles.YamlFilesIn(repository, f))
            .Concat([PolicyFiles.Network, PolicyFiles.Services, PolicyFiles.Flows]).ToList();
        var bag = new DiagnosticBag();
        var bytes = Time("read bytes", () => files.Select(f => File.ReadAllBytes(Path.Combine(repository, f))).ToList());
        var texts = Time("decode UTF-8", () => files.Select((f, i) => SourceText.Decode(bytes[i], f, bag)!).ToList());
        var trees = Time("parse YAML", () => files.Select((f, i) => YamlTreeReader.Read(texts[i], f, bag)!).ToList());
        Time("check shapes", () => files.Select((f, i) => ShapeChecker.Check(trees[i], ShapeOf(f), bag)).Count(ok => ok));
        var model = Time("load (all of it)", () => PolicyLoader.Load(repository, bag))!;
        var context = Time("validation context", () => new ModelIndex(model, DateOnly.FromDateTime(DateTime.Today)));
        Time("IdentityRules", () => Rule(IdentityRules.Check, context, bag));
        Time("AddressingRules", () => Rule(AddressingRules.Check, context, bag));
        Time("FlowRules", () => Rule(FlowRules.Check, context, bag));
        Time("InterfaceRules", () => Rule(InterfaceRules.Check, context, bag));
        Time("LinkRules", () => Rule(LinkRules.Check, context, bag));
        Time("GatewayRules", () => Rule(GatewayRules.Check, context, bag));
        Time("sort diagnostics", () => bag.ToSortedArray().Length);
        if (bag.Count > 0)
        {
            Console.WriteLine($"  ({bag.Count} diagnostics!)");
        }
    }

    private static ObjectShape ShapeOf(string file) =>
        file.StartsWith(PolicyFiles.UnitsFolder, StringComparison.Ordinal) ? PolicyShapes.Unit
        : file.StartsWith(PolicyFiles.DevicesFolder, StringComparison.Ordinal) ? PolicyShapes.Device
        : file == PolicyFiles.Network ? PolicyShapes.Network
        : file == PolicyFiles.Services ? PolicyShapes.Services
        : PolicyShapes.Flows;

    private static int Rule(Action<ModelIndex, DiagnosticBag> rule, ModelIndex context, DiagnosticBag bag)
    {
        rule(context, bag);
        return 0;
    }

    private static T Time<T>(string stage, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        var mib = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-20} {clock.Elapsed.TotalMilliseconds,8:F1} ms {mib,8:F1} MiB"));
        return result;
    }
}
