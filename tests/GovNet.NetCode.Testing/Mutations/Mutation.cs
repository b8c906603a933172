using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Testing.Mutations;

/// <summary>
/// One deliberate mistake applied to the text of a generated (valid) repository, and the diagnostic
/// code it must draw. <see cref="Apply"/> picks its target (which unit, which port) with the random
/// source it is given, so a property explores many places for the same mistake.
/// </summary>
/// <param name="Name">A slug naming the mistake, as test output shows it.</param>
/// <param name="Code">The code every stage that checks the repository must report.</param>
/// <param name="Severity">Error, or Warning for mistakes that leave the repository usable (the run then has no error).</param>
/// <param name="AppliesTo">Whether the network has what the mistake needs (an internal plane, two units, …).</param>
/// <param name="Apply">The repository's files with the mistake made.</param>
public sealed record Mutation(
    string Name,
    string Code,
    Severity Severity,
    Func<GeneratedNetwork, bool> AppliesTo,
    Func<GeneratedNetwork, Random, RepositoryFiles> Apply)
{
    public override string ToString() => $"{Name} ({Code})";
}
