using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace GovNet.NetCode.Load;

/// <summary>The flow collections of <see cref="SimpleYamlReader"/>: <c>{ key: value, … }</c> and <c>[item, …]</c>, each on one line.</summary>
internal sealed partial class SimpleYamlReader
{
    private YamlMapping? FlowMapping(int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var mark = Mark();
        var first = entries.Count;
        Dictionary<string, YamlScalar>? keys = null;
        pos++;
        SkipSpaces();
        var closed = !AtLineEnd && text[pos] == '}';
        while (!closed)
        {
            var start = pos;
            if (AtLineEnd || Scalar(flow: true) is not { } key || pos - start > MaxKeyLength || IsDuplicate(first, ref keys, key))
            {
                return null;
            }

            SkipSpaces();
            if (!AtColon(flow: true))
            {
                return null;
            }

            pos++;
            SkipSpaces();
            if (FlowNode(depth + 1) is not { } value || !NextInFlow('}', out closed))
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
            keys?.Add(key.Value, key);
        }

        pos++;
        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(entries)[first..]);
        entries.RemoveRange(first, entries.Count - first);
        return new YamlMapping(read, mark);
    }

    private YamlSequence? FlowSequence(int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var mark = Mark();
        var first = items.Count;
        pos++;
        SkipSpaces();
        var closed = !AtLineEnd && text[pos] == ']';
        while (!closed)
        {
            if (FlowNode(depth + 1) is not { } item || !NextInFlow(']', out closed))
            {
                return null;
            }

            items.Add(item);
        }

        pos++;
        var read = ImmutableArray.Create(CollectionsMarshal.AsSpan(items)[first..]);
        items.RemoveRange(first, items.Count - first);
        return new YamlSequence(read, mark);
    }

    private YamlNode? FlowNode(int depth)
    {
        if (AtLineEnd)
        {
            return null;
        }

        YamlNode? node = text[pos] switch
        {
            '{' => FlowMapping(depth),
            '[' => FlowSequence(depth),
            _ => Scalar(flow: true),
        };

        return node;
    }

    /// <summary>
    /// After an entry of a flow collection: a comma and the next entry (not a closing bracket: a trailing
    /// comma is left to YamlDotNet), or the closing bracket itself, which is left for the caller to pass.
    /// </summary>
    private bool NextInFlow(char close, out bool closed)
    {
        SkipSpaces();
        closed = !AtLineEnd && text[pos] == close;
        if (closed)
        {
            return true;
        }

        if (AtLineEnd || text[pos] != ',')
        {
            return false;
        }

        pos++;
        SkipSpaces();
        return !AtLineEnd && text[pos] is not (',' or ']' or '}');
    }
}
