using System.Globalization;
using System.Numerics;
using GovNet.NetCode.Model;
using Sprache;

namespace GovNet.NetCode.Dialects.CiscoIos;

/// <summary>
/// The tokens every IOS line grammar is built from (<see cref="IosAclGrammar"/>,
/// <see cref="IosInterfaceGrammar"/>, <see cref="IosRouteGrammar"/>). They are a class of their
/// own, not a partial of each grammar, so that they are initialised before any grammar uses them.
/// <para>
/// Words are read by hand-written <see cref="Parser{T}"/> delegates that jump over a whole word of an
/// <see cref="IosLineInput"/>, rather than composed from <c>Parse.Char(…).Many()</c>: Sprache's
/// character combinators allocate a result, an input and a memo table per character, which made a
/// 2,000-line config take seconds. The grammars themselves are Sprache combinators over these tokens.
/// </para>
/// Numbers are ASCII digits only: <see cref="char.IsDigit(char)"/> also accepts other scripts'
/// digits, which IOS never prints and <see cref="int.Parse(string)"/> rejects.
/// </summary>
internal static class IosTokens
{
    private static readonly string[] WordExpected = ["a word"];

    /// <summary>One whitespace-separated word, with the whitespace around it.</summary>
    public static readonly Parser<string> Word = input =>
    {
        var text = input.Source;
        var start = SkipSpace(text, input.Position);
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end == start
            ? Result.Failure<string>(input, "expected a word", WordExpected)
            : Result.Success(text[start..end], IosLineInput.At(input, SkipSpace(text, end)));
    };

    public static readonly Parser<Ipv4Address> Ipv4 = Token<Ipv4Address>("an IPv4 address", w => Ipv4Address.TryParse(w, out var a) ? a : (Ipv4Address?)null);

    /// <summary>A dotted subnet mask with contiguous ones, as its prefix length.</summary>
    public static readonly Parser<int> Mask = Token<int>("a subnet mask", w => Ipv4Address.TryParse(w, out var m) ? MaskLength(m) : null);

    /// <summary>The rest of the line as written (trimmed), possibly empty.</summary>
    public static readonly Parser<string> Rest = input =>
        Result.Success(input.Source[Math.Min(input.Position, input.Source.Length)..].Trim(), IosLineInput.At(input, input.Source.Length));

    public static Parser<string> Keyword(string keyword) => WordToken($"'{keyword}'", w => w == keyword ? w : null);

    /// <summary>Several keywords in a row, such as <c>switchport trunk allowed vlan</c>.</summary>
    public static Parser<string> Phrase(string phrase)
    {
        var words = phrase.Split(' ');
        var expected = new[] { $"'{phrase}'" };
        var message = $"expected '{phrase}'";
        return input =>
        {
            var at = input;
            foreach (var word in words)
            {
                var result = Word(at);
                if (!result.WasSuccessful || result.Value != word)
                {
                    return Result.Failure<string>(input, message, expected);
                }

                at = result.Remainder;
            }

            return Result.Success(phrase, at);
        };
    }

    /// <summary>A whole word that is a decimal number within [min, max].</summary>
    public static Parser<int> Number(int min, int max) =>
        Token<int>($"a number {min}-{max}", w => IsDigits(w) && w.Length <= 10 && long.Parse(w, CultureInfo.InvariantCulture) is var n && n >= min && n <= max ? (int)n : null);

    /// <summary>A digit-only piece inside a word (VLAN lists are one word: <c>10-20,30</c>).</summary>
    public static Parser<int> InlineNumber(int min, int max)
    {
        var expected = new[] { $"a number {min}-{max}" };
        return input =>
        {
            var text = input.Source;
            var end = input.Position;
            var value = 0L;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - input.Position < 6)
            {
                value = (value * 10) + (text[end] - '0');
                end++;
            }

            return end > input.Position && value >= min && value <= max
                ? Result.Success((int)value, IosLineInput.At(input, end))
                : Result.Failure<int>(input, expected[0], expected);
        };
    }

    /// <summary>A parser that never matches, for grammar branches a context rules out.</summary>
    public static Parser<T> Fail<T>(string why) => input => Result.Failure<T>(input, why, []);

    public static bool IsDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');

    public static int? MaskLength(Ipv4Address mask)
    {
        var length = BitOperations.PopCount(mask.Value);
        return Ipv4Prefix.MaskOf(length) == mask.Value ? length : null;
    }

    /// <summary>Runs a whole-line grammar; null when the line does not fit it.</summary>
    public static T? Read<T>(Parser<T> grammar, string line)
        where T : class
    {
        var result = grammar.End()(new IosLineInput(line, 0));
        return result.WasSuccessful ? result.Value : null;
    }

    /// <summary>A word that <paramref name="read"/> turns into a value (null: not this token).</summary>
    private static Parser<T> Token<T>(string description, Func<string, T?> read)
        where T : struct
    {
        var expected = new[] { description };
        var message = "expected " + description;
        return input =>
        {
            var word = Word(input);
            return word.WasSuccessful && read(word.Value) is { } value
                ? Result.Success(value, word.Remainder)
                : Result.Failure<T>(input, message, expected);
        };
    }

    private static Parser<string> WordToken(string description, Func<string, string?> read)
    {
        var expected = new[] { description };
        var message = "expected " + description;
        return input =>
        {
            var word = Word(input);
            return word.WasSuccessful && read(word.Value) is { } value
                ? Result.Success(value, word.Remainder)
                : Result.Failure<string>(input, message, expected);
        };
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
