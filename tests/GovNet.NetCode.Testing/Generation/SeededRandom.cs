namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// One independent, reproducible random stream per generation stage, so that changing how one stage
/// draws does not reshuffle the others. System.Random with a seed is stable across runs and platforms.
/// </summary>
internal static class SeededRandom
{
    public static Random For(int seed, int stage) => new(unchecked((seed * 1_000_003) + stage));

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;
}
