using GovNet.NetCode.Testing;

namespace GovNet.NetCode.Benchmarks;

/// <summary>The benchmark's networks: the 2,000-unit city spec scaled, one device for every four units unless told.</summary>
internal static class Specs
{
    public static NetworkSpec City(int units, int? devices) =>
        NetworkSpec.City with { Units = units, Devices = devices ?? Math.Max(units / 4, 8) };
}
