using System.Collections.Immutable;

namespace GovNet.NetCode.Patch;

/// <summary>A command typed in a step, at its depth below the step's section (0: directly in it; deeper: inside a section the command before opened).</summary>
public sealed record PatchCommand(int Depth, string Text);

/// <summary>
/// One section change, the unit the safe-order check verifies after: the section it is typed in
/// (headers from the top; empty at the top level), its commands, the top-level line or header it
/// concerns, and whether it removes that whole line or section (removals come after everything
/// that creates or changes, in the reverse order of the dialect's table).
/// </summary>
public sealed record PatchStep(ImmutableArray<string> Section, ImmutableArray<PatchCommand> Commands, string Subject, bool Removal)
{
    public string Title => Section.IsEmpty ? (Removal ? Commands[0].Text : Subject) : string.Join(" / ", Section);
}
