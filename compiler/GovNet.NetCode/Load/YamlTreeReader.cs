using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovNet.NetCode.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovNet.NetCode.Load;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser. Hostile YAML is refused
/// here: anchors and aliases (expansion bombs), deep nesting, several documents, duplicate keys,
/// tabs in indentation. Syntax errors become diagnostics with the parser's position.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 32;

    public static YamlNode? Read(string text, string file, DiagnosticBag diagnostics)
    {
        // Policy files nearly all have the simple shape the lean reader knows; what it declines, YamlDotNet reads.
        if (SimpleYamlReader.TryRead(text, file) is { } simple)
        {
            return simple;
        }

        return ReadWithYamlDotNet(text, file, diagnostics);
    }

    /// <summary>The full reader: YamlDotNet's parser, every diagnostic; the lean reader's yardstick in tests.</summary>
    internal static YamlNode? ReadWithYamlDotNet(string text, string file, DiagnosticBag diagnostics)
    {
        if (ReportTabIndentation(text, file, diagnostics))
        {
            return null;
        }

        var reader = new Reader(file, diagnostics);
        var scanner = new Scanner(new StringReader(text));
        try
        {
            return reader.ReadStream(new Parser(scanner));
        }
        catch (YamlException e)
        {
            diagnostics.Add(YamlSyntaxErrors.Describe(text, file, At(file, e.Start), Describe(e)));
            return null;
        }
        catch (InvalidOperationException e) when (e.Source == typeof(Scanner).Assembly.GetName().Name)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input
            // (an unclosed '{' followed by more lines); it is still the user's syntax mistake.
            diagnostics.Add(YamlSyntaxErrors.Stopped(text, file, At(file, scanner.CurrentPosition)));
            return null;
        }
        catch (RejectedYamlException)
        {
            return null;
        }
    }

    private static bool ReportTabIndentation(string text, string file, DiagnosticBag diagnostics)
    {
        var found = false;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            for (var j = lineStart; j < i && text[j] is ' ' or '\t'; j++)
            {
                if (text[j] == '\t')
                {
                    diagnostics.Error(Codes.TabIndentation, new SourceSpan(file, line, j - lineStart + 1),
                        Messages.Get("TabIndentation"));
                    found = true;
                    break;
                }
            }

            line++;
            lineStart = i + 1;
        }

        return found;
    }

    private static SourceSpan At(string file, Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; we print our own position.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    /// <summary>
    /// Where a key was first given in a mapping read so far (by both readers): a search of the entries while they are
    /// few (policy mappings have a handful of keys and a repository tens of thousands of mappings: a
    /// dictionary for each is an allocation per mapping), an index of them once they are many.
    /// </summary>
    internal static SourceSpan? FirstKey(ReadOnlySpan<YamlEntry> entries, ref Dictionary<string, YamlScalar>? keys, string key)
    {
        const int FewKeys = 16;
        if (entries.Length < FewKeys)
        {
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Key.Span;
                }
            }

            return null;
        }

        if (keys is null)
        {
            keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                keys.Add(entry.Key.Value, entry.Key);
            }
        }

        return keys.TryGetValue(key, out var first) ? first.Span : null;
    }

    /// <summary>Unwinds the reader once a diagnostic has been reported that makes the rest of the file meaningless.</summary>
    private sealed class RejectedYamlException : Exception;

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        // The items and entries of the collections being read, innermost last: each collection is read onto
        // the end of one of these and copied out once, at its exact size, instead of through a growing builder.
        private readonly List<YamlNode> items = [];
        private readonly List<YamlEntry> entries = [];

        public YamlNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                documents++;
                if (documents > 1)
                {
                    Reject(Codes.MultipleDocuments, At(file, start.Start),
                        Messages.Get("MultipleDocuments"));
                }

                root = ReadNode(parser, 1);
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
            if (root is null or YamlScalar { IsNull: true })
            {
                diagnostics.Error(Codes.EmptyFile, SourceSpan.StartOf(file), Messages.Get("FileEmpty"));
                return null;
            }

            return root;
        }

        private YamlNode ReadNode(IParser parser, int depth)
        {
            var current = parser.Current ?? throw new InvalidOperationException("parser ended inside a document");
            if (depth > MaxDepth)
            {
                Reject(Codes.NestingTooDeep, At(file, current.Start), Messages.Format("NestingTooDeep", MaxDepth));
            }

            if (current is AnchorAlias alias)
            {
                Reject(Codes.AnchorOrAlias, At(file, alias.Start),
                    Messages.Format("AliasNotAllowed", alias.Value));
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                Reject(Codes.AnchorOrAlias, At(file, anchored.Start),
                    Messages.Format("AnchorNotAllowed", anchored.Anchor.Value));
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, At(file, scalar.Start));
                case SequenceStart sequenceStart:
                    {
                        parser.MoveNext();
                        var first = items.Count;
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            items.Add(ReadNode(parser, depth + 1));
                        }

                        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(items)[first..]);
                        items.RemoveRange(first, items.Count - first);
                        return new YamlSequence(read, At(file, sequenceStart.Start));
                    }

                case MappingStart mappingStart:
                    {
                        parser.MoveNext();
                        var first = entries.Count;
                        Dictionary<string, YamlScalar>? keys = null;
                        while (!parser.TryConsume<MappingEnd>(out _))
                        {
                            var keyNode = ReadNode(parser, depth + 1);
                            var value = ReadNode(parser, depth + 1);
                            if (keyNode is not YamlScalar key)
                            {
                                diagnostics.Error(Codes.WrongType, keyNode.Span, Messages.Get("KeyNotScalar"));
                                continue;
                            }

                            if (FirstKey(CollectionsMarshal.AsSpan(entries)[first..], ref keys, key.Value) is { } earlier)
                            {
                                diagnostics.Error(Codes.DuplicateKey, key.Span,
                                    Messages.Format("DuplicateKey", key.Value, earlier), earlier);
                                continue;
                            }

                            entries.Add(new YamlEntry(key, value));
                            keys?.Add(key.Value, key);
                        }

                        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(entries)[first..]);
                        entries.RemoveRange(first, entries.Count - first);
                        return new YamlMapping(read, At(file, mappingStart.Start));
                    }

                default:
                    throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}");
            }
        }

        private void Reject(string code, SourceSpan span, string message)
        {
            diagnostics.Error(code, span, message);
            throw new RejectedYamlException();
        }
    }
}
