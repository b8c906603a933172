using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load;

/// <summary>
/// Reads values out of a mapping whose shape <see cref="ShapeChecker"/> has already accepted, so a
/// missing optional key is null and a present one has the right kind and format.
/// </summary>
internal static class YamlAccess
{
    public static YamlScalar? Scalar(this YamlMapping mapping, string key) => mapping[key] as YamlScalar;

    public static string? Text(this YamlMapping mapping, string key) => mapping.Scalar(key)?.Value;

    public static Located<string> Located(this YamlMapping mapping, string key)
    {
        var scalar = mapping.Scalar(key) ?? throw new InvalidOperationException($"required key {key} was not checked");
        return new Located<string>(scalar.Value, scalar.Span);
    }

    public static Located<string>? OptionalLocated(this YamlMapping mapping, string key) =>
        mapping.Scalar(key) is { } scalar ? new Located<string>(scalar.Value, scalar.Span) : null;

    public static Located<int> Integer(this YamlScalar scalar)
    {
        Formats.TryParseInteger(scalar, out var value);
        return new Located<int>(value, scalar.Span);
    }

    public static Located<Ipv4Address> Address(this YamlScalar scalar) => new(Ipv4Address.Parse(scalar.Value), scalar.Span);

    public static Located<Ipv4Prefix> Prefix(this YamlScalar scalar) => new(Ipv4Prefix.Parse(scalar.Value), scalar.Span);

    public static ImmutableArray<YamlNode> Items(this YamlMapping mapping, string key) =>
        mapping[key] is YamlSequence sequence ? sequence.Items : [];

    public static ImmutableArray<YamlEntry> Entries(this YamlMapping mapping, string key) =>
        mapping[key] is YamlMapping inner ? inner.Entries : [];

    public static Located<string> Located(this YamlScalar scalar) => new(scalar.Value, scalar.Span);

    public static SourceSpan SpanOf(this YamlMapping mapping, string key) => mapping.Find(key)?.Value.Span ?? mapping.Span;
}
