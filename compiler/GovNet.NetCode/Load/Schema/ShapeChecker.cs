using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load.Schema;

/// <summary>Checks a YAML tree against a <see cref="Shape"/>: unknown and missing keys, node kinds, words and formats.</summary>
public static class ShapeChecker
{
    /// <returns>true when the node has the shape.</returns>
    public static bool Check(YamlNode node, Shape shape, DiagnosticBag diagnostics) =>
        Check(node, shape, shape.Description.Text, diagnostics);

    private static bool Check(YamlNode node, Shape shape, string what, DiagnosticBag diagnostics)
    {
        switch (shape)
        {
            case ObjectShape obj:
                return node is YamlMapping fields ? CheckObject(fields, obj, what, diagnostics) : WrongKind(node, Messages.Get("KindMapping"), what, diagnostics);
            case MapShape map:
                {
                    if (node is not YamlMapping mapping)
                    {
                        return WrongKind(node, Messages.Get("KindMapping"), what, diagnostics);
                    }

                    var ok = true;
                    foreach (var entry in mapping.Entries)
                    {
                        ok &= Formats.Check(entry.Key, ValueFormat.Identifier, Caption.Format("NameOf", map.Values.Description.Text), diagnostics);
                        ok &= Check(entry.Value, map.Values, Caption.Format("Named", map.Values.Description.Text, entry.Key.Value), diagnostics);
                    }

                    return ok;
                }

            case ListShape list:
                {
                    if (node is not YamlSequence sequence)
                    {
                        return WrongKind(node, Messages.Get("KindList"), what, diagnostics);
                    }

                    var ok = true;
                    foreach (var item in sequence.Items)
                    {
                        ok &= Check(item, list.Items, list.Items.Description.Text, diagnostics);
                    }

                    return ok;
                }

            case ScalarShape scalarShape:
                {
                    if (node is not YamlScalar scalar || scalar.IsNull)
                    {
                        return WrongKind(node, scalarShape.Allowed.IsEmpty ? Messages.Get("KindValue") : OneOf(scalarShape.Allowed), what, diagnostics);
                    }

                    if (!scalarShape.Allowed.IsEmpty && !scalarShape.Allowed.Contains(scalar.Value))
                    {
                        diagnostics.Error(Codes.NotAllowedValue, scalar.Span,
                            Messages.Format("NotAllowedValue", what, Formats.Clip(scalar.Value), OneOf(scalarShape.Allowed), Suggestions.DidYouMean(scalar.Value, scalarShape.Allowed)));
                        return false;
                    }

                    return Formats.Check(scalar, scalarShape.Format, what, diagnostics);
                }

            case EitherShape either:
                {
                    foreach (var option in either.Options)
                    {
                        if (Fits(node, option))
                        {
                            return Check(node, option, what, diagnostics);
                        }
                    }

                    return WrongKind(node, string.Join(Messages.Get("Or"), either.Options.Select(Expected)), what, diagnostics);
                }

            default:
                throw new InvalidOperationException($"unknown shape {shape.GetType().Name}");
        }
    }

    private static bool CheckObject(YamlMapping mapping, ObjectShape shape, string what, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var field = FieldNamed(shape, entry.Key.Value);
            if (field is null)
            {
                diagnostics.Error(Codes.UnknownKey, entry.Key.Span, UnknownKeyMessage(entry.Key.Value, shape, what));
                ok = false;
                continue;
            }

            ok &= Check(entry.Value, field.Shape, field.Quoted, diagnostics);
        }

        foreach (var field in shape.Fields)
        {
            if (field.Required && mapping.Find(field.Name) is null)
            {
                diagnostics.Error(Codes.MissingKey, mapping.Span, Messages.Format("MissingKey", what, field.Name, field.Shape.Description.Text));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>A plain search, not a lambda: it runs for every key of every file, and a closure each time was garbage.</summary>
    private static Field? FieldNamed(ObjectShape shape, string name)
    {
        foreach (var field in shape.Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    private static string UnknownKeyMessage(string key, ObjectShape shape, string what)
    {
        var names = shape.Fields.Select(f => f.Name).ToList();
        return Messages.Format("UnknownKey", Formats.Clip(key), what, Suggestions.DidYouMean(key, names), string.Join(", ", names));
    }

    private static bool Fits(YamlNode node, Shape shape) => shape switch
    {
        ObjectShape or MapShape => node is YamlMapping,
        ListShape => node is YamlSequence,
        ScalarShape => node is YamlScalar,
        _ => false,
    };

    private static string Expected(Shape shape) => shape switch
    {
        ObjectShape or MapShape => Messages.Get("KindMapping"),
        ListShape => Messages.Get("KindList"),
        ScalarShape { Allowed.IsEmpty: false } s => OneOf(s.Allowed),
        _ => Messages.Get("KindValue"),
    };

    private static string OneOf(IEnumerable<string> words) => string.Join(Messages.Get("Or"), words.Select(w => $"'{w}'"));

    private static bool WrongKind(YamlNode node, string expected, string what, DiagnosticBag diagnostics)
    {
        diagnostics.Error(Codes.WrongType, node.Span, Messages.Format("WrongType", what, expected, node.KindName));
        return false;
    }
}
