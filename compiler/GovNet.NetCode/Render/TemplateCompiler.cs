using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Syntax;
using static GovNet.NetCode.Render.CompiledTemplate;

namespace GovNet.NetCode.Render;

/// <summary>
/// Turns a checked template set into a <see cref="CompiledTemplate"/>: text, printed values,
/// if/else, for (with <c>for.*</c>), include of a partial at the top level, members, comparisons
/// and whole-number arithmetic, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and the template functions.
/// Anything else in a set, or text indented by Scriban's auto-indent, leaves the set to Scriban (null).
/// </summary>
internal sealed class TemplateCompiler
{
    private const string LoopVariable = "for";

    private readonly IReadOnlyDictionary<string, Template> partials;
    private readonly ImmutableHashSet<string> globals;
    private int slots;

    private TemplateCompiler(IReadOnlyDictionary<string, Template> partials, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type model)
    {
        this.partials = partials;
        globals = [.. model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.Name)];
    }

    /// <summary>The set as delegates, or null when it uses something only Scriban renders.</summary>
    public static CompiledTemplate? Compile(Template main, IReadOnlyDictionary<string, Template> partials, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type model)
    {
        var compiler = new TemplateCompiler(partials, model);
        if (compiler.globals.Overlaps(TemplateFunctions.All.Keys) || compiler.globals.Contains(LoopVariable))
        {
            return null;
        }

        try
        {
            var body = compiler.Page(main, ImmutableDictionary<string, int>.Empty, atTop: true);
            return new CompiledTemplate(body, compiler.slots);
        }
        catch (NotCovered)
        {
            return null;
        }
    }

    private Step Page(Template template, ImmutableDictionary<string, int> scope, bool atTop) =>
        template.Page is { FrontMatter: null, Body: { } body } ? Block(body, scope, atTop, indented: false) : throw new NotCovered();

    /// <param name="indented">Whether Scriban's auto-indent is on where the block starts (it follows each <c>{{</c> and <c>}}</c> as Scriban's block does).</param>
    private Step Block(ScriptBlockStatement? block, ImmutableDictionary<string, int> scope, bool atTop, bool indented)
    {
        var steps = new List<Step>();
        var current = indented;
        foreach (var statement in block?.Statements ?? [])
        {
            if (statement is ScriptEscapeStatement escape)
            {
                current = escape.IsEntering ? !string.IsNullOrEmpty(escape.Indent) : indented;
            }
            else if (Statement(statement, scope, atTop, current) is { } step)
            {
                steps.Add(step);
            }
        }

        var all = steps.ToArray();
        return all.Length switch
        {
            0 => static _ => { },
            1 => all[0],
            _ => frame =>
            {
                foreach (var step in all)
                {
                    step(frame);
                }
            },
        };
    }

    private Step? Statement(ScriptStatement statement, ImmutableDictionary<string, int> scope, bool atTop, bool indented)
    {
        switch (statement)
        {
            case ScriptRawStatement raw:
                var text = raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText) ? "" : raw.Text.ToString();
                return text.Length == 0 ? null : indented ? frame => Indented(frame.Output, text) : frame => frame.Output.Append(text);
            case ScriptNopStatement or ScriptEndStatement:
                return null;
            case ScriptExpressionStatement { Expression: ScriptFunctionCall call } when IsInclude(call):
                return atTop && !indented ? Include(call) : throw new NotCovered();
            case ScriptExpressionStatement { Expression: { } expression }:
                var value = Expression(expression, scope);
                return frame => Print(frame.Output, value(frame), indented);
            case ScriptIfStatement branch:
                return If(branch, scope, indented);
            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                return For(loop, scope, indented);
            default:
                throw new NotCovered();
        }
    }

    private static bool IsInclude(ScriptFunctionCall call) => call.Target is ScriptVariableGlobal { Name: TemplateFunctions.Include };

    private Step Include(ScriptFunctionCall call)
    {
        if (call.Arguments is not [ScriptLiteral { Value: string name }] || !partials.TryGetValue(name, out var partial))
        {
            throw new NotCovered();
        }

        return Page(partial, ImmutableDictionary<string, int>.Empty, atTop: false);
    }

    private Step If(ScriptIfStatement branch, ImmutableDictionary<string, int> scope, bool indented)
    {
        var condition = Expression(branch.Condition ?? throw new NotCovered(), scope);
        var then = Block(branch.Then, scope, atTop: false, indented);
        var otherwise = branch.Else switch
        {
            null => null,
            ScriptIfStatement elseIf => If(elseIf, scope, indented),
            ScriptElseStatement other => Block(other.Body, scope, atTop: false, indented),
            _ => throw new NotCovered(),
        };
        return otherwise is null
            ? frame =>
            {
                if (Truth(condition(frame)))
                {
                    then(frame);
                }
            }
        : frame =>
            {
                if (Truth(condition(frame)))
                {
                    then(frame);
                }
                else
                {
                    otherwise(frame);
                }
            };
    }

    private Step For(ScriptForStatement loop, ImmutableDictionary<string, int> scope, bool indented)
    {
        if (loop.Variable is not ScriptVariableGlobal { Name: var name } || loop.NamedArguments is { Count: > 0 } || loop.Iterator is null
            || name == LoopVariable || globals.Contains(name) || TemplateFunctions.All.ContainsKey(name))
        {
            throw new NotCovered();
        }

        var items = Expression(loop.Iterator, scope);
        var slot = slots++;
        var body = Block(loop.Body, scope.SetItem(name, slot).SetItem(LoopVariable, slot), atTop: false, indented);
        var otherwise = loop.Else is { } other ? Block(other.Body, scope, atTop: false, indented) : null;
        return frame =>
        {
            if (Items(items(frame)) is not { } list)
            {
                return;
            }

            if (list.Count == 0)
            {
                otherwise?.Invoke(frame);
                return;
            }

            // The slot is the loop's own: nested loops take later slots, a loop after it may reuse none.
            for (var i = 0; i < list.Count; i++)
            {
                frame.Slots[slot] = list[i];
                frame.Loops[slot] = new Loop { Index = i, Count = list.Count };
                body(frame);
            }
        };
    }

    private Value Expression(ScriptExpression? expression, ImmutableDictionary<string, int> scope)
    {
        switch (expression)
        {
            case ScriptLiteral literal:
                var constant = literal.Value;
                return constant is null or string or bool or int ? _ => constant : throw new NotCovered();
            case ScriptNestedExpression nested:
                return Expression(nested.Expression, scope);
            case ScriptVariableGlobal { Name: var name } when scope.TryGetValue(name, out var slot) && name != LoopVariable:
                return frame => frame.Slots[slot];
            case ScriptVariableGlobal { Name: var name } when globals.Contains(name) && !scope.ContainsKey(name):
                var global = new Member(name);
                return frame => global.Of(frame.Root);
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: LoopVariable }, Member: { Name: var name } }
                when scope.TryGetValue(LoopVariable, out var loop):
                return LoopMember(name, loop);
            case ScriptMemberExpression { Target: { } target, Member: { Name: var name } }:
                var of = Expression(target, scope);
                var member = new Member(name);
                return frame => member.Of(of(frame));
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } right }:
                var operand = Expression(right, scope);
                return frame => Boxes.Of(!Truth(operand(frame)));
            case ScriptBinaryExpression binary:
                return Binary(binary, scope);
            case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: var name }, Arguments: [var argument] }
                when !scope.ContainsKey(name) && TemplateFunctions.Numeric(name) is { } function:
                var length = Expression(argument, scope);
                return frame => length(frame) is int value && value is >= 0 and <= 32 ? function(value) : throw new NotCovered();
            default:
                throw new NotCovered();
        }
    }

    private static Value LoopMember(string name, int slot) => name switch
    {
        "index" => frame => Boxes.Of(frame.Loops[slot].Index),
        "rindex" => frame => Boxes.Of(frame.Loops[slot].Count - frame.Loops[slot].Index - 1),
        "first" => frame => Boxes.Of(frame.Loops[slot].Index == 0),
        "last" => frame => Boxes.Of(frame.Loops[slot].Index == frame.Loops[slot].Count - 1),
        "even" => frame => Boxes.Of(frame.Loops[slot].Index % 2 == 0),
        "odd" => frame => Boxes.Of(frame.Loops[slot].Index % 2 != 0),
        _ => throw new NotCovered(),
    };

    private Value Binary(ScriptBinaryExpression binary, ImmutableDictionary<string, int> scope)
    {
        var left = Expression(binary.Left, scope);
        var right = Expression(binary.Right, scope);
        switch (binary.Operator)
        {
            case ScriptBinaryOperator.And:
                return frame => Boxes.Of(Truth(left(frame)) && Truth(right(frame)));
            case ScriptBinaryOperator.Or:
                return frame => Boxes.Of(Truth(left(frame)) || Truth(right(frame)));
        }

        var op = binary.Operator;
        return frame => (left(frame), right(frame)) switch
        {
            (int a, int b) => Numbers(op, a, b),
            (string a, string b) when op is ScriptBinaryOperator.CompareEqual => Boxes.Of(string.Equals(a, b, StringComparison.Ordinal)),
            (string a, string b) when op is ScriptBinaryOperator.CompareNotEqual => Boxes.Of(!string.Equals(a, b, StringComparison.Ordinal)),
            _ => throw new NotCovered(),
        };
    }

    private static object Numbers(ScriptBinaryOperator op, long a, long b) => op switch
    {
        ScriptBinaryOperator.CompareEqual => Boxes.Of(a == b),
        ScriptBinaryOperator.CompareNotEqual => Boxes.Of(a != b),
        ScriptBinaryOperator.CompareLess => Boxes.Of(a < b),
        ScriptBinaryOperator.CompareLessOrEqual => Boxes.Of(a <= b),
        ScriptBinaryOperator.CompareGreater => Boxes.Of(a > b),
        ScriptBinaryOperator.CompareGreaterOrEqual => Boxes.Of(a >= b),
        ScriptBinaryOperator.Add => Whole(a + b),
        ScriptBinaryOperator.Subtract => Whole(a - b),
        ScriptBinaryOperator.Multiply => Whole(a * b),
        _ => throw new NotCovered(),
    };
}
