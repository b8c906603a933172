using System.Text;

namespace GovNet.NetCode.Tests.Load;

/// <summary>
/// Random YAML-ish texts in and around the shape policy files have: well-formed documents built from
/// mappings, sequences, flow collections and scalars of every kind the files use, then, half of the time,
/// broken in small ways (a character put in or taken out, a line moved in or out, lines swapped), plus a
/// soup of lines made from pieces that are each legal somewhere but rarely together.
/// </summary>
internal static class YamlTextGenerator
{
    private static readonly string[] Keys =
    [
        "id", "title", "zone", "vlan", "name", "a b", "\"quoted\"", "'single'", "中文键", "k#x", "k:x", "\"a: b\"",
        "\"esc\\\"aped\"", "'it''s'", "x", "y", "~", "null", "1", "true", "-k", "?k", "&a k", "!t k", "\"\"", "''",
    ];

    private static readonly string[] Scalars =
    [
        "u1750", "clinic-361", "10.7.213.0/24", "GigabitEthernet1/0/25", "\"XC-DIST-01:GigabitEthernet0/0/1\"",
        "'it''s'", "\"a\\\"b\"", "~", "佳县财政局", "54:ee:75:8f:a8:67", "\"tab\\tx\"", "\"\\x41\\u4e2d\\/\\N\\_\"", "\"\\q\"", "\"\\U0001F600\"", "\"\\ud83d\\ude00\"",
        "~", "null", "NULL", "123", "-5", "0x1F", "1.5", "true", "no", "佳县财政局", "县财政局 办公楼", "a #b", "a#b",
        "\"# not a comment\"", "'a: b'", "a:b", "54:ee:75:8f:a8:67", "a:", ":a", "-a", "?x", "&x a", "*x", "!t a",
        "|", ">", "%x", "@x", "`x", "\"open", "'open", "\"a\"b", "'a' # c", "a   b", "a\u00A0b", "x\u3000y", "😀", "a\u2028b",
        "a, b", "a[b]", "a{b}", "a'b", "a\"b", "\"\"", "''", "\" spaced \"", "'  '", "\\", "a\\b", "x: y", "--", "...x",
        "a ,b", "\ufeffa", "é", "tcp/25,587,993",
    ];

    private static readonly string[] Flows =
    [
        "{ zone: office,    vlan: 1850, subnet: 10.7.213.0/24 }", "{ mac: 54:ee:75:8f:a8:67, port: \"X:Gi1/0/1\" }",
        "[a, b]", "{ a: [x, y], b: {c: d} }", "{ a: b }", "[a,b,]", "{a:b}", "{ \"a\": 1 }", "[ ]", "{}", "[a: b]",
        "[\"tcp/443\"]", "{ a: , b: c }", "{ a }", "[a, [b, [c]]]", "{ a: b, a: c }", "{ a: b #c }", "[a #b]",
        "{ a: b }x", "{ a: 'b' ,c: \"d\" }", "[a:b, c]", "{a: b:c}", "[a, ]", "[, a]", "{ ? a : b }", "{ a: &x b }",
        "[~, null, '', \"\"]", "{ a: b", "[a, b", "{ 佳: 县, \"中\": '文' }", "[ -1, - ]", "{ a:: b }", "[a,,b]",
    ];

    private static readonly string[] Comments = ["", "", "", " # note", " #", "  # 说明: x", " # 'q' \"q\" : -", "#glued"];

    public static string Next(Random random) =>
        random.Next(4) == 0 ? Soup(random) : Mutate(random, Document(random));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // A comment after a key or value; now and then one glued on, which makes it part of a plain scalar or a key.
    private static string Comment(Random random) => random.Next(20) == 0 ? Pick(random, Comments) : Pick(random, Comments[..^1]);

    // Mostly values of the shapes the policy files hold; now and then any value at all.
    private static string Scalar(Random random) => random.Next(10) == 0 ? Pick(random, Scalars) : Pick(random, Scalars[..10]);

    private static string Flow(Random random) => random.Next(10) == 0 ? Pick(random, Flows) : Pick(random, Flows[..4]);

    private static string Soup(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            text.Append(' ', Pick(random, new[] { 0, 0, 1, 2, 2, 3, 4, 6 }));
            for (var dashes = random.Next(4) == 0 ? random.Next(1, 3) : 0; dashes > 0; dashes--)
            {
                text.Append(Pick(random, new[] { "- ", "-", "-  " }));
            }

            if (random.Next(5) != 0)
            {
                text.Append(Pick(random, Keys)).Append(Pick(random, new[] { ": ", ":", " : ", ":  ", ": ", ": " }));
            }

            text.Append(random.Next(3) == 0 ? Pick(random, Flows) : Pick(random, Scalars));
            text.Append(Comment(random)).Append(' ', random.Next(4) == 0 ? random.Next(1, 3) : 0);
            text.Append(random.Next(6) == 0 ? "\r\n" : "\n");
        }

        return text.ToString();
    }

    /// <summary>A document of the simple shape, each line a string, without its line break.</summary>
    private static List<string> Document(Random random)
    {
        var lines = new List<string>();
        if (random.Next(3) == 0)
        {
            lines.Add("# 佳县: header comment");
        }

        Mapping(random, lines, 0, 0, null, random.Next(1, 6));
        return lines;
    }

    private static void Mapping(Random random, List<string> lines, int indent, int depth, string? firstPrefix, int count)
    {
        var keys = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var key = random.Next(10) == 0 ? Pick(random, Keys) : Pick(random, Keys[..9]);
            if (!keys.Add(key) && random.Next(8) != 0)
            {
                continue;
            }

            var prefix = i == 0 && firstPrefix is not null ? firstPrefix : new string(' ', indent);
            Value(random, lines, prefix + key + ":", indent, depth);
        }
    }

    private static void Value(Random random, List<string> lines, string head, int indent, int depth)
    {
        var choice = depth > 3 ? random.Next(2) : random.Next(5);
        switch (choice)
        {
            case 0:
                lines.Add(head + " " + Scalar(random) + Comment(random));
                break;
            case 1:
                lines.Add(head + " " + Flow(random) + Comment(random));
                break;
            case 2:
                lines.Add(head + Comment(random));
                Mapping(random, lines, indent + random.Next(1, 4), depth + 1, null, random.Next(1, 4));
                break;
            default:
                lines.Add(head + Comment(random));
                Sequence(random, lines, indent + (random.Next(3) == 0 ? 0 : random.Next(1, 4)), depth + 1);
                break;
        }
    }

    private static void Sequence(Random random, List<string> lines, int indent, int depth)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var dash = new string(' ', indent) + "-" + new string(' ', random.Next(1, 3));
            switch (depth > 3 ? random.Next(2) : random.Next(4))
            {
                case 0:
                    lines.Add(dash + Scalar(random) + Comment(random));
                    break;
                case 1:
                    lines.Add(dash + Flow(random) + Comment(random));
                    break;
                case 2:
                    Mapping(random, lines, dash.Length, depth + 1, dash, random.Next(1, 4));
                    break;
                default:
                    lines.Add(dash.TrimEnd() + Comment(random));
                    Mapping(random, lines, indent + random.Next(1, 4), depth + 1, null, random.Next(1, 3));
                    break;
            }
        }
    }

    private static string Mutate(Random random, List<string> lines)
    {
        for (var n = random.Next(3) != 0 ? 0 : random.Next(1, 3); n > 0; n--)
        {
            var at = random.Next(lines.Count);
            var line = lines[at];
            switch (random.Next(6))
            {
                case 0:
                    var put = random.Next(line.Length + 1);
                    lines[at] = line[..put] + Pick(random, new[] { " ", ":", "-", "#", "'", "\"", ",", "{", "]", "\t", "\\", "中" }) + line[put..];
                    break;
                case 1 when line.Length > 0:
                    var cut = random.Next(line.Length);
                    lines[at] = line[..cut] + line[(cut + 1)..];
                    break;
                case 2:
                    lines[at] = " " + line;
                    break;
                case 3 when line.StartsWith(' '):
                    lines[at] = line[1..];
                    break;
                case 4:
                    lines.Insert(at, Pick(random, new[] { "", "  ", "# c", "   # c", "---", "...", "  more words" }));
                    break;
                default:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], line);
                    break;
            }
        }

        var breakText = random.Next(5) == 0 ? "\r\n" : "\n";
        var text = string.Join(breakText, lines.Select(l => random.Next(8) == 0 ? l + "  " : l));
        return random.Next(6) == 0 ? text : text + breakText;
    }
}
