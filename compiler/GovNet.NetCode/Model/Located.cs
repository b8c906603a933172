using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>A model value together with where it was written, so every later check can point at it.</summary>
public readonly record struct Located<T>(T Value, SourceSpan Span)
{
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
