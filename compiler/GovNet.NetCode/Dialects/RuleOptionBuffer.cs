using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// A rule's options gathered on the stack while a scanner reads the line, then copied once into the
/// array the rule keeps: no list or builder per rule line. A line with more options than it holds is
/// left to the grammar, which stays the definition (no real rule carries that many).
/// </summary>
[InlineArray(Capacity)]
internal struct RuleOptionBuffer<T>
{
    public const int Capacity = 8;

    private T first;

    /// <summary>The first <paramref name="count"/> options as the rule's own array.</summary>
    public static ImmutableArray<T> ToImmutable(ref RuleOptionBuffer<T> buffer, int count) => ImmutableArray.Create<T>(((Span<T>)buffer)[..count]);
}
