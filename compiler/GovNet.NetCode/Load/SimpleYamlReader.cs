using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// Reads the plain shape policy files have (block mappings and sequences, one-line flow collections,
/// one-line plain and quoted scalars, comments) straight into the <see cref="YamlNode"/> tree that
/// <see cref="YamlTreeReader"/> builds from YamlDotNet's events, values and marks alike, without
/// YamlDotNet's per-file scanner, parser and look-ahead buffers (most of loading's garbage). Anything
/// else, and anything that would be an error or a diagnostic, it declines (null), and the file is read
/// by YamlDotNet as before, so every message still comes from there.
/// </summary>
internal sealed partial class SimpleYamlReader
{
    // Collections past this depth are left to the full reader, which refuses depth 32 with its own message.
    private const int MaxDepth = YamlTreeReader.MaxDepth - 2;

    // YamlDotNet ends a simple key 1024 characters on; long keys are left to it.
    private const int MaxKeyLength = 1000;

    // The items and entries of the collections being read, innermost last (as in YamlTreeReader), kept
    // per thread: files are read in parallel, and the lists are emptied by each read.
    [ThreadStatic]
    private static List<YamlNode>? sharedItems;

    [ThreadStatic]
    private static List<YamlEntry>? sharedEntries;

    private readonly string text;
    private readonly string file;
    private readonly List<YamlNode> items;
    private readonly List<YamlEntry> entries;
    private int pos;
    private int line = 1;
    private int lineStart;

    private SimpleYamlReader(string text, string file)
    {
        this.text = text;
        this.file = file;
        items = sharedItems ??= [];
        entries = sharedEntries ??= [];
        items.Clear();
        entries.Clear();
    }

    /// <summary>The file's tree, or null when the file is not of the simple shape this reader knows.</summary>
    public static YamlMapping? TryRead(string text, string file)
    {
        if (!SimpleYamlText.IsPlainText(text))
        {
            return null;
        }

        var reader = new SimpleYamlReader(text, file);
        var root = reader.ReadDocument();
        reader.items.Clear();
        reader.entries.Clear();
        return root;
    }

    private YamlMapping? ReadDocument()
    {
        // The root must be a mapping starting in the first column; everything must be read to the end.
        if (!NextContent() || pos != lineStart)
        {
            return null;
        }

        var root = BlockMapping(0, 1);
        return pos == text.Length ? root : null;
    }

    private YamlMapping? BlockMapping(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var mark = Mark();
        var first = entries.Count;
        Dictionary<string, YamlScalar>? keys = null;
        while (true)
        {
            if (Key(depth + 1) is not { } key || IsDuplicate(first, ref keys, key)
                || BlockValue(indent, depth + 1) is not { } value)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
            keys?.Add(key.Value, key);
            if (pos == text.Length || Indent < indent)
            {
                break;
            }

            if (Indent > indent)
            {
                return null;
            }
        }

        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(entries)[first..]);
        entries.RemoveRange(first, entries.Count - first);
        return new YamlMapping(read, mark);
    }

    /// <summary>A mapping's key (plain or quoted, on one line) and the colon after it.</summary>
    private YamlScalar? Key(int depth)
    {
        var start = pos;
        var key = Scalar(flow: false);
        SkipSpaces();
        if (key is null || depth > MaxDepth + 1 || pos - start > MaxKeyLength || !AtColon(flow: false))
        {
            return null;
        }

        pos++;
        return key;
    }

    /// <summary>What follows a block mapping's key: a one-line value, or a block collection on the lines below.</summary>
    private YamlNode? BlockValue(int parentIndent, int depth)
    {
        SkipSpaces();
        if (!AtLineEnd && text[pos] != '#')
        {
            return InlineValue(depth);
        }

        SkipToLineEnd();
        if (!NextLineContent())
        {
            return null;
        }

        if (Indent > parentIndent)
        {
            return NestedBlock(depth);
        }

        // An "indentless" sequence: its dashes stand in the same column as the key that holds it.
        return Indent == parentIndent && AtEntry ? BlockSequence(Indent, depth) : null;
    }

    private YamlNode? NestedBlock(int depth) =>
        AtEntry ? BlockSequence(Indent, depth) : BlockMapping(Indent, depth);

    private YamlNode? InlineValue(int depth)
    {
        YamlNode? value = text[pos] switch
        {
            '{' => FlowMapping(depth),
            '[' => FlowSequence(depth),
            _ => Scalar(flow: false),
        };

        return value is not null && EndOfLine() ? value : null;
    }

    private YamlSequence? BlockSequence(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var mark = Mark();
        var first = items.Count;
        while (true)
        {
            pos++;
            SkipSpaces();
            if (SequenceItem(indent, depth + 1) is not { } item)
            {
                return null;
            }

            items.Add(item);
            if (pos == text.Length || Indent < indent)
            {
                break;
            }

            if (Indent > indent)
            {
                return null;
            }

            if (!AtEntry)
            {
                // The next key of the mapping that holds this indentless sequence.
                break;
            }
        }

        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(items)[first..]);
        items.RemoveRange(first, items.Count - first);
        return new YamlSequence(read, mark);
    }

    /// <summary>What follows a dash: a one-line value, a mapping begun on the dash's line, or a block below.</summary>
    private YamlNode? SequenceItem(int indent, int depth)
    {
        if (AtLineEnd || text[pos] == '#')
        {
            SkipToLineEnd();
            return NextLineContent() && Indent > indent ? NestedBlock(depth) : null;
        }

        if (AtEntry)
        {
            return null;
        }

        if (text[pos] is '{' or '[')
        {
            return InlineValue(depth);
        }

        // A scalar, unless a colon follows it: then it is the first key of a mapping begun on the dash's line.
        var start = pos;
        if (SimpleYamlText.ScalarEnd(text, pos, flow: false) is not (>= 0 and var end))
        {
            return null;
        }

        pos = end;
        SkipSpaces();
        var isKey = AtColon(flow: false);
        pos = start;
        return isKey ? BlockMapping(Indent, depth) : InlineValue(depth);
    }

    /// <summary>A plain or quoted scalar on the current line, or null if there is none this reader knows.</summary>
    private YamlScalar? Scalar(bool flow)
    {
        if (SimpleYamlText.ScalarEnd(text, pos, flow) is not (>= 0 and var end))
        {
            return null;
        }

        var mark = Mark();
        var quote = text[pos];
        var value = quote is '"' or '\'' ? SimpleYamlText.Unquote(text.AsSpan(pos + 1, end - pos - 2), quote) : text[pos..end];
        pos = end;
        return value is null ? null : new YamlScalar(value, quote is not ('"' or '\''), mark);
    }

    /// <summary>Whether a key's colon is here: followed by a space (or, outside flow, the line's end).</summary>
    private bool AtColon(bool flow) =>
        pos < text.Length && text[pos] == ':'
        && (pos + 1 == text.Length ? !flow : text[pos + 1] == ' ' || (!flow && text[pos + 1] is '\n' or '\r'));

    /// <summary>After a value: spaces and perhaps a comment to the line's end; then on to the next content.</summary>
    private bool EndOfLine()
    {
        var before = pos;
        SkipSpaces();
        if (!AtLineEnd && text[pos] == '#' && pos > before)
        {
            SkipToLineEnd();
        }

        if (!AtLineEnd)
        {
            return false;
        }

        NextLineContent();
        return true;
    }

    /// <summary>From a line's end, on past blank and comment lines to the next content (false at the end).</summary>
    private bool NextLineContent()
    {
        if (pos == text.Length)
        {
            return false;
        }

        pos += text[pos] == '\r' ? 2 : 1;
        line++;
        lineStart = pos;
        return NextContent();
    }

    /// <summary>From a line's start, past blank and comment lines to the next content (false at the end).</summary>
    private bool NextContent()
    {
        while (true)
        {
            SkipSpaces();
            if (pos < text.Length && text[pos] == '#')
            {
                SkipToLineEnd();
            }

            if (pos == text.Length)
            {
                return false;
            }

            if (!AtLineEnd)
            {
                return true;
            }

            pos += text[pos] == '\r' ? 2 : 1;
            line++;
            lineStart = pos;
        }
    }

    private bool IsDuplicate(int first, ref Dictionary<string, YamlScalar>? keys, YamlScalar key) =>
        YamlTreeReader.FirstKey(CollectionsMarshal.AsSpan(entries)[first..], ref keys, key.Value) is not null;

    private int Indent => pos - lineStart;

    private bool AtLineEnd => pos == text.Length || text[pos] is '\n' or '\r';

    /// <summary>A block sequence's dash: followed by a space or the line's end.</summary>
    private bool AtEntry =>
        pos < text.Length && text[pos] == '-' && (pos + 1 == text.Length || text[pos + 1] is ' ' or '\n' or '\r');

    private SourceSpan Mark() => new(file, line, pos - lineStart + 1);

    private void SkipSpaces()
    {
        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }
    }

    private void SkipToLineEnd()
    {
        var end = text.AsSpan(pos).IndexOfAny('\n', '\r');
        pos = end < 0 ? text.Length : pos + end;
    }
}
