using Sprache;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// A Sprache input over one config line that can jump straight to a position. Sprache's own
/// <c>Input</c> moves one character at a time and gives each position a new memo dictionary, which
/// made a word cost a dictionary per letter; the word parsers here skip whole words at once.
/// </summary>
internal sealed class LineInput(string source, int position) : IInput
{
    private Dictionary<object, object>? memos;

    public string Source => source;

    public int Position => position;

    public bool AtEnd => position >= source.Length;

    public char Current => AtEnd ? throw new InvalidOperationException("The input is already at the end of the line.") : source[position];

    public int Line => 1;

    public int Column => position + 1;

    public IDictionary<object, object> Memos => memos ??= [];

    public IInput Advance() => AtEnd ? throw new InvalidOperationException("The input is already at the end of the line.") : new LineInput(source, position + 1);

    public LineInput At(int to) => new(source, Math.Min(to, source.Length));

    public bool Equals(IInput? other) => other is not null && other.Position == position && string.Equals(other.Source, source, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(source), position);

    public override string ToString() => $"column {Column}";
}
