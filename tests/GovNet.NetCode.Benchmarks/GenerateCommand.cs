using System.Diagnostics;
using GovNet.NetCode.Testing;

namespace GovNet.NetCode.Benchmarks;

/// <summary><c>generate DIR [units] [devices]</c>: writes a generated network for tools outside this process to read.</summary>
internal static class GenerateCommand
{
    public static int Run(string directory, int? units, int? devices)
    {
        var spec = Specs.City(units ?? 2000, devices);
        var clock = Stopwatch.StartNew();
        var network = NetworkGenerator.Generate(spec);
        network.WriteTo(directory);
        Console.WriteLine($"wrote {network.Files.Count} files ({network.Units.Length} units, {network.Segments.Count()} segments, " +
                          $"{network.Devices.Length} devices, {network.Flows.Length} flows) to {directory} in {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
