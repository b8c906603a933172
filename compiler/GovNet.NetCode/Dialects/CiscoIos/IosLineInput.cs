using Sprache;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// A position in one config line, as Sprache's input. Sprache's own <see cref="Input"/> allocates a
/// memo table with every character it advances over; a config line needs no memos, and the tokens
/// (<see cref="IosTokens"/>) jump over whole words with <see cref="At"/> instead of advancing one
/// character at a time.
/// </summary>
internal sealed class IosLineInput(string source, int position) : IInput
{
    private IDictionary<object, object>? memos;

    public string Source { get; } = source;

    public int Position { get; } = position;

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    public int Line => 1;

    public int Column => Position + 1;

    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    public IInput Advance() =>
        AtEnd ? throw new InvalidOperationException("the end of the line cannot be advanced past") : new IosLineInput(Source, Position + 1);

    /// <summary>The same text at <paramref name="target"/> (at or after the input's position).</summary>
    public static IInput At(IInput input, int target)
    {
        if (input is IosLineInput)
        {
            return new IosLineInput(input.Source, target);
        }

        // Any other input (a grammar run with Sprache's TryParse) is walked the ordinary way.
        while (input.Position < target && !input.AtEnd)
        {
            input = input.Advance();
        }

        return input;
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => HashCode.Combine(Source, Position);

    public override string ToString() => $"column {Column}";
}
