using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using GovNet.NetCode.Model;
using Sprache;

namespace GovNet.NetCode.Dialects.H3cComware;

/// <summary>
/// The words every Comware line grammar is built from. Grammars work on whole whitespace-separated
/// words, so a keyword never matches the start of a longer one (<c>source</c> / <c>source-port</c>)
/// and a failed alternative backtracks at most one word. They are only ever run through
/// <see cref="Match{T}"/>: a line that does not fit is a null, never an exception.
/// </summary>
/// <remarks>
/// The topic grammars (<see cref="AclGrammar"/>, <see cref="InterfaceGrammar"/>, <see cref="GlobalGrammar"/>)
/// are separate classes rather than one partial class: C# does not order static initialisers across
/// the files of a partial class, and these fields are built from one another.
/// </remarks>
internal static class ComwareTokens
{
    // Query expressions rebuild the parsers of their later clauses on every line they read; caching the
    // keyword and number parsers keeps that to a dictionary lookup instead of a chain of new parsers.
    private static readonly ConcurrentDictionary<string, Parser<string>> Keywords = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(int, int), Parser<int>> Numbers = new();

    // Static fields initialise in textual order: the caches above come first because the parsers below use them.

    /// <summary>One word and the whitespace around it.</summary>
    /// <remarks>
    /// Written as a Sprache parser by hand: built from <c>Parse.Char(…).AtLeastOnce().Text().Token()</c> it
    /// allocated a result and a list cell per character, which made long ACLs several times slower to read.
    /// </remarks>
    public static readonly Parser<string> Word = input =>
    {
        var source = input.Source;
        var start = SkipSpace(source, input.Position);
        var end = start;
        while (end < source.Length && !char.IsWhiteSpace(source[end]))
        {
            end++;
        }

        return end == start
            ? Result.Failure<string>(input, "expected a word", ["a word"])
            : Result.Success(source[start..end], Advance(input, SkipSpace(source, end)));
    };

    /// <summary>The rest of the line as written (descriptions, names), without surrounding whitespace.</summary>
    public static readonly Parser<string> Rest = input =>
        Result.Success(input.Source[Math.Min(input.Position, input.Source.Length)..].Trim(), Advance(input, input.Source.Length));

    /// <summary>Whatever follows a modelled command that does not change what it means (ports, keys, vpn of a server).</summary>
    public static readonly Parser<string> Ignored = Rest;

    /// <summary>A parser that always fails: what <see cref="Dispatch{T}"/> answers for a word it does not know.</summary>
    public static Parser<T> Nothing<T>(string expected) => input => Result.Failure<T>(input, $"expected {expected}", [expected]);

    /// <summary>Reads one word and continues with the grammar registered for it (keywords are case-insensitive).</summary>
    public static Parser<T> Dispatch<T>(IReadOnlyDictionary<string, Parser<T>> tails, string expected)
    {
        var table = tails.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var nothing = Nothing<T>(expected);
        return Word.Then(word => table.TryGetValue(word, out var tail) ? tail : nothing);
    }

    public static readonly Parser<Ipv4Address> Address =
        WordAs(w => Ipv4Address.TryParse(w, out var a) ? a : (Ipv4Address?)null, "an IPv4 address");

    /// <summary>A prefix length written as a dotted mask (contiguous only) or as a number 0-32.</summary>
    public static readonly Parser<int> MaskOrLength = WordAs(MaskLength, "a mask or prefix length");

    /// <summary>An ACL wildcard: dotted (bits set are "don't care", need not be contiguous) or <c>0</c> for a host.</summary>
    public static readonly Parser<uint> Wildcard =
        WordAs(w => w == "0" ? 0u : Ipv4Address.TryParse(w, out var a) ? a.Value : (uint?)null, "a wildcard");

    public static readonly Parser<int> VlanId = Number(1, 4094);

    /// <summary><c>10 to 20 30</c>: ranges and single ids, at least one.</summary>
    public static readonly Parser<IReadOnlyList<(int From, int To)>> VlanList =
        (from first in VlanId
         from last in Keyword("to").Then(_ => VlanId).Optional()
         select (From: first, To: last.GetOrElse(first)))
        .Where(r => r.To >= r.From)
        .AtLeastOnce()
        .Select(IReadOnlyList<(int From, int To)> (items) => [.. items]);

    public static Parser<string> Keyword(string word) =>
        Keywords.GetOrAdd(word, w => WordAs(found => string.Equals(found, w, StringComparison.OrdinalIgnoreCase) ? found : null, $"'{w}'"));

    public static Parser<T> Keyword<T>(string word, T value) => Keyword(word).Return(value);

    /// <summary>A decimal number in [min, max]; too long, signed or out of range fails instead of overflowing.</summary>
    public static Parser<int> Number(int min, int max) =>
        Numbers.GetOrAdd((min, max), range =>
            WordAs(w => TryNumber(w, out var n) && n >= range.Item1 && n <= range.Item2 ? n : (int?)null, $"a number {range.Item1}-{range.Item2}"));

    /// <summary>One word turned into a value, or a failure whose message is built once, not on every miss.</summary>
    public static Parser<T> WordAs<T>(Func<string, T?> convert, string expected) where T : struct
    {
        var (message, expectations) = ($"expected {expected}", new[] { expected });
        return input => Word(input) is { WasSuccessful: true } word && convert(word.Value) is { } value
            ? Result.Success(value, word.Remainder)
            : Result.Failure<T>(input, message, expectations);
    }

    /// <inheritdoc cref="WordAs{T}(Func{string, T?}, string)"/>
    public static Parser<string> WordAs(Func<string, string?> convert, string expected)
    {
        var (message, expectations) = ($"expected {expected}", new[] { expected });
        return input => Word(input) is { WasSuccessful: true } word && convert(word.Value) is { } value
            ? Result.Success(value, word.Remainder)
            : Result.Failure<string>(input, message, expectations);
    }

    /// <summary>Runs a grammar over a whole line: trailing text the grammar did not take is a failure.</summary>
    public static T? Match<T>(Parser<T> grammar, string line) where T : class
    {
        var result = grammar.End()(new LineInput(line, 0));
        return result.WasSuccessful ? result.Value : null;
    }

    public static bool TryNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= 9 && !text.ContainsAnyExceptInRange('0', '9') &&
               int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static int SkipSpace(string source, int at)
    {
        while (at < source.Length && char.IsWhiteSpace(source[at]))
        {
            at++;
        }

        return at;
    }

    private static IInput Advance(IInput input, int to)
    {
        if (input is LineInput line)
        {
            return line.At(to);
        }

        while (input.Position < to)
        {
            input = input.Advance();
        }

        return input;
    }

    private static int? MaskLength(string word)
    {
        if (TryNumber(word, out var length))
        {
            return length <= 32 ? length : null;
        }

        if (!Ipv4Address.TryParse(word, out var mask))
        {
            return null;
        }

        var ones = System.Numerics.BitOperations.PopCount(mask.Value);
        return Ipv4Prefix.MaskOf(ones) == mask.Value ? ones : null;
    }
}
