using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load.Schema;

/// <summary>
/// What a shape describes, as a name in SchemaText.resx: the shapes are built once, but their words are
/// read when a message or a schema is written, so both follow the run's language.
/// </summary>
public sealed record Caption(string Key, string? Argument = null)
{
    private static readonly TextResource Texts = new("GovNet.NetCode.Load.Schema.SchemaText");

    /// <summary>The description in the run's language.</summary>
    public string Text => Argument is null ? Texts.Get(Key) : Texts.Format(Key, Argument);

    /// <summary>Lets the shape table name its captions by key alone.</summary>
    public static implicit operator Caption(string key) => new(key);

    public override string ToString() => Text;

    internal static string Get(string key) => Texts.Get(key);

    internal static string Format(string key, params object?[] values) => Texts.Format(key, values);

    /// <summary>Every name the English texts hold, for the resource tests.</summary>
    public static IEnumerable<string> Names() => Texts.Names();
}
