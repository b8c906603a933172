using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// A YAML node that remembers where it stood. The loader builds this small tree itself from
/// parser events (never YamlDotNet's object graph) so that every value keeps file:line:col and
/// aliases can never be expanded.
/// </summary>
public abstract record YamlNode(SourceSpan Span)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsPlain, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => Messages.Get(IsNull ? "KindEmpty" : "KindScalar");

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null, which no field accepts.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Where the text of the value begins: one column after an opening quote.</summary>
    public SourceSpan TextStart => IsPlain ? Span : Span.Offset(1);
}

public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => Messages.Get("KindMapping");

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    public YamlNode? this[string key] => Find(key)?.Value;
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => Messages.Get("KindSequence");
}
