using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using GovNet.NetCode.Diagnostics;
using Scriban;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace GovNet.NetCode.Render;

/// <summary>
/// Types every name in a dialect's parsed templates against the view model before any device is
/// rendered, so a misspelt value is refused at load even in a branch no device of this network
/// reaches (rendering a sample device would only check the branches that sample takes). Globals are
/// the model's properties and the functions netcode offers; a loop variable has the element type of
/// what it loops over; a member is a public property of its target's type. Templates only format,
/// so the language checked is small: text, values, if/else, for, include, comparisons and the
/// functions. Whatever the checker cannot type is refused rather than waved through.
/// </summary>
internal sealed class TemplateChecker
{
    /// <summary>The special variable inside a loop (<c>for.first</c>) and what its members are.</summary>
    private const string LoopVariable = "for";

    private static readonly Dictionary<string, Type> LoopMembers = new(StringComparer.Ordinal)
    {
        ["index"] = typeof(int), ["rindex"] = typeof(int), ["first"] = typeof(bool), ["last"] = typeof(bool),
        ["even"] = typeof(bool), ["odd"] = typeof(bool), ["changed"] = typeof(bool),
    };

    private readonly IReadOnlyDictionary<string, Template> templates;
    private readonly string main;
    private readonly DiagnosticBag diagnostics;
    private readonly Scope root;
    private bool ok = true;

    private TemplateChecker(IReadOnlyDictionary<string, Template> templates, string main, Type model, DiagnosticBag diagnostics)
    {
        this.templates = templates;
        this.main = main;
        this.diagnostics = diagnostics;
        root = new Scope(Properties(model).ToImmutableDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal), InLoop: false);
    }

    /// <summary>Whether every template of a set only names what <paramref name="model"/> and the functions have; reports each name that is not.</summary>
    /// <param name="templates">Every parsed template of the set by name (the file name without extension).</param>
    public static bool Check(IReadOnlyDictionary<string, Template> templates, string main, Type model, DiagnosticBag diagnostics)
    {
        var checker = new TemplateChecker(templates, main, model, diagnostics);

        // Partials are included at the top level of another template, where the device is in scope.
        foreach (var name in templates.Keys.Order(StringComparer.Ordinal))
        {
            checker.Block(templates[name].Page?.Body, checker.root, name);
        }

        return checker.ok;
    }

    /// <summary>What is in scope: the names and their types, and whether a loop's <c>for.*</c> is.</summary>
    private sealed record Scope(ImmutableDictionary<string, Type> Names, bool InLoop);

    /// <summary>The type of an expression that was already refused: nothing more is said about it.</summary>
    private sealed class Refused;

    private void Block(ScriptBlockStatement? block, Scope scope, string template)
    {
        foreach (var statement in block?.Statements ?? [])
        {
            switch (statement)
            {
                case ScriptRawStatement or ScriptEscapeStatement or ScriptNopStatement or ScriptEndStatement:
                    break;
                case ScriptExpressionStatement { Expression: var expression }:
                    Printed(expression, scope, template);
                    break;
                case ScriptIfStatement branch:
                    If(branch, scope, template);
                    break;
                case ScriptForStatement loop when loop is not ScriptTableRowStatement:
                    For(loop, scope, template);
                    break;
                default:
                    Refuse(statement.Span, Messages.Format("TemplateStatementNotAvailable", FirstWord(statement)));
                    break;
            }
        }
    }

    private void Printed(ScriptExpression? expression, Scope scope, string template)
    {
        var type = TypeOf(expression, scope, template);
        if (expression is not null && (ElementType(type) is not null || IsObject(type)))
        {
            Refuse(expression.Span, Messages.Format(ElementType(type) is null ? "TemplateWholeObject" : "TemplateWholeList", expression, Name(type)));
        }
    }

    private void If(ScriptIfStatement branch, Scope scope, string template)
    {
        Condition(branch.Condition, scope, template);
        Block(branch.Then, scope, template);
        switch (branch.Else)
        {
            case ScriptIfStatement elseIf:
                If(elseIf, scope, template);
                break;
            case ScriptElseStatement otherwise:
                Block(otherwise.Body, scope, template);
                break;
        }
    }

    private void For(ScriptForStatement loop, Scope scope, string template)
    {
        var items = TypeOf(loop.Iterator, scope, template);
        if (loop.Iterator is null)
        {
            return;
        }

        if (loop.Variable is not ScriptVariable variable || loop.NamedArguments is { Count: > 0 })
        {
            Refuse(loop.Span, Messages.Get("TemplateLoopForm"));
            return;
        }

        if (scope.Names.ContainsKey(variable.Name) || TemplateFunctions.All.ContainsKey(variable.Name) || variable.Name == LoopVariable)
        {
            Refuse(variable.Span, Messages.Format("TemplateLoopVariableHides", variable.Name));
        }

        var element = items == typeof(Refused) ? typeof(Refused) : ElementType(items);
        if (element is null)
        {
            Refuse(loop.Iterator.Span, Messages.Format("TemplateForNeedsList", loop.Iterator, Name(items)));
            element = typeof(Refused);
        }

        Block(loop.Body, new Scope(scope.Names.SetItem(variable.Name, element), InLoop: true), template);
        Block(loop.Else?.Body, scope, template);
    }

    /// <summary>A condition must be a yes/no or something that may be absent: Scriban counts an empty list, 0 and "" as true.</summary>
    private void Condition(ScriptExpression? condition, Scope scope, string template)
    {
        var type = TypeOf(condition, scope, template);
        var truthy = ElementType(type) is not null ? Messages.Format("TemplateListTruthy", condition)
            : type == typeof(string) ? Messages.Format("TemplateTextTruthy", condition)
            : type.IsPrimitive && type != typeof(bool) ? Messages.Format("TemplateNumberTruthy", condition)
            : null;
        if (truthy is not null)
        {
            Refuse(condition!.Span, truthy);
        }
    }

    private Type TypeOf(ScriptExpression? expression, Scope scope, string template) => expression switch
    {
        null => Missing(),
        ScriptIsEmptyExpression empty => Sized(empty.Target, scope, template, typeof(bool)),
        ScriptMemberExpression { Target: ScriptVariable { Name: LoopVariable } } member => LoopMember(member, scope),
        ScriptMemberExpression member => Member(TypeOf(member.Target, scope, template), member),
        ScriptVariable variable => Variable(variable, scope),
        ScriptLiteral literal => literal.Value?.GetType() ?? typeof(object),
        ScriptNestedExpression nested => TypeOf(nested.Expression, scope, template),
        ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not => Not(not, scope, template),
        ScriptBinaryExpression binary => Binary(binary, scope, template),
        ScriptFunctionCall call => Call(call.Target, Arguments(call, scope, template), scope, template),
        ScriptPipeCall pipe => Pipe(pipe, scope, template),
        ScriptIndexerExpression indexer => Indexed(indexer, scope, template),
        _ => Refuse(expression.Span, Messages.Format("TemplateExpressionNotAvailable", expression)),
    };

    private Type Variable(ScriptVariable variable, Scope scope) =>
        scope.Names.TryGetValue(variable.Name, out var type) ? type
        : TemplateFunctions.All.ContainsKey(variable.Name) ? Refuse(variable.Span, Messages.Format("TemplateFunctionNotCalled", variable.Name))
        : variable.Name == LoopVariable ? Refuse(variable.Span, Messages.Format("TemplateLoopVariableOutside", LoopVariable, string.Join($", {LoopVariable}.", LoopMembers.Keys)))
        : Refuse(variable.Span, Messages.Format("TemplateUnknownValue", variable.Name, string.Join(", ", scope.Names.Keys.Order(StringComparer.Ordinal))));

    private Type LoopMember(ScriptMemberExpression member, Scope scope) =>
        member.Member is null ? Missing()
        : !scope.InLoop ? Refuse(member.Span, Messages.Format("TemplateOnlyInLoop", member))
        : LoopMembers.TryGetValue(member.Member.Name, out var type) ? type
        : Refuse(member.Member.Span, Messages.Format("TemplateLoopHasNo", member.Member.Name, string.Join(", ", LoopMembers.Keys)));

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ViewReflection.Kept)]
    private Type Member(Type target, ScriptMemberExpression member)
    {
        if (target == typeof(Refused) || member.Member is null)
        {
            return typeof(Refused);
        }

        var name = member.Member.Name;
        if (ElementType(target) is not null || target == typeof(string))
        {
            return name == "size" ? typeof(int) : Refuse(member.Member.Span, Messages.Format(target == typeof(string) ? "TemplateTextMembers" : "TemplateListMembers", member.Target, name));
        }

        var property = IsObject(target) ? target.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) : null;
        return property?.PropertyType
            ?? Refuse(member.Member.Span, Messages.Format("TemplateHasNoValue", Name(target), name, string.Join(", ", Properties(target).Select(p => p.Name))));
    }

    private Type Sized(ScriptExpression? target, Scope scope, string template, Type result)
    {
        var type = TypeOf(target, scope, template);
        return type == typeof(Refused) || ElementType(type) is not null || type == typeof(string) ? result
            : Refuse(target!.Span, Messages.Format("TemplateNotListOrText", target, Name(type)));
    }

    private Type Not(ScriptUnaryExpression not, Scope scope, string template)
    {
        Condition(not.Right, scope, template);
        return typeof(bool);
    }

    private Type Binary(ScriptBinaryExpression binary, Scope scope, string template)
    {
        if (binary.Operator is ScriptBinaryOperator.And or ScriptBinaryOperator.Or)
        {
            Condition(binary.Left, scope, template);
            Condition(binary.Right, scope, template);
            return typeof(bool);
        }

        var left = TypeOf(binary.Left, scope, template);
        var right = TypeOf(binary.Right, scope, template);
        return binary.Operator switch
        {
            ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess or
                ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual => typeof(bool),
            ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract or ScriptBinaryOperator.Multiply or ScriptBinaryOperator.Modulus
                when left == typeof(int) && right == typeof(int) => typeof(int),
            _ => Refuse(binary.OperatorToken?.Span ?? binary.Span, Messages.Format("TemplateOperatorNotAvailable", binary.OperatorAsText)),
        };
    }

    private Type Pipe(ScriptPipeCall pipe, Scope scope, string template)
    {
        if (pipe.From is null)
        {
            return Missing();
        }

        var from = (pipe.From, TypeOf(pipe.From, scope, template));
        return pipe.To switch
        {
            ScriptFunctionCall call => Call(call.Target, [.. Arguments(call, scope, template), from], scope, template),
            ScriptVariable function => Call(function, [from], scope, template),
            var other => Refuse(other?.Span ?? pipe.Span, Messages.Format("TemplateNotFunction", other)),
        };
    }

    private List<(ScriptExpression Expression, Type Type)> Arguments(ScriptFunctionCall call, Scope scope, string template) =>
        [.. (call.Arguments ?? []).Select(a => (a, TypeOf(a, scope, template)))];

    private Type Call(ScriptExpression? target, IReadOnlyList<(ScriptExpression Expression, Type Type)> arguments, Scope scope, string template)
    {
        if (target is not ScriptVariable { Name: var name } || !TemplateFunctions.All.TryGetValue(name, out var function) || scope.Names.ContainsKey(name))
        {
            return Refuse(target?.Span ?? default, Messages.Format("TemplateNotFunctionOf", target, string.Join(", ", TemplateFunctions.All.Keys.Order(StringComparer.Ordinal))));
        }

        if (arguments.Count != function.Parameters.Length)
        {
            return Refuse(target.Span, Messages.Format("TemplateArgumentCount", name, function.Parameters.Length, arguments.Count));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Type != typeof(Refused) && arguments[i].Type != function.Parameters[i])
            {
                Refuse(arguments[i].Expression.Span, Messages.Format("TemplateArgumentType", name, Name(function.Parameters[i]), arguments[i].Expression, Name(arguments[i].Type)));
            }
        }

        if (name == TemplateFunctions.Include)
        {
            Include(arguments[0].Expression, template);
        }

        return function.Result;
    }

    /// <summary>A partial is named by a literal, so that it can be checked now; one that does not exist is refused where it is named.</summary>
    private void Include(ScriptExpression argument, string template)
    {
        if (argument is not ScriptLiteral { Value: string partial })
        {
            Refuse(argument.Span, Messages.Get("TemplateIncludeQuotes"));
        }
        else if (partial == main || partial == template)
        {
            Refuse(argument.Span, Messages.Format("TemplateIncludesItself", partial));
        }
        else if (!templates.ContainsKey(partial))
        {
            Refuse(argument.Span, Messages.Format("TemplateUnknownPartial", partial, string.Join(", ", templates.Keys.Where(k => k != main).Order(StringComparer.Ordinal))));
        }
    }

    private Type Indexed(ScriptIndexerExpression indexer, Scope scope, string template)
    {
        var target = TypeOf(indexer.Target, scope, template);
        if (TypeOf(indexer.Index, scope, template) is var index && index != typeof(int) && index != typeof(Refused))
        {
            Refuse(indexer.Index!.Span, Messages.Format("TemplateIndexNotNumber", indexer.Index));
        }

        return target == typeof(Refused) ? target : ElementType(target) ?? Refuse(indexer.Target!.Span, Messages.Format("TemplateNotList", indexer.Target));
    }

    private Type Refuse(ScribanSpan span, string message)
    {
        diagnostics.Error(Codes.TemplateBinding, Position(span), message);
        ok = false;
        return typeof(Refused);
    }

    /// <summary>A part of the tree that is absent, which only a template with parse errors has; those are reported already.</summary>
    private Type Missing()
    {
        ok = false;
        return typeof(Refused);
    }

    /// <summary>Scriban counts lines and columns from 0; diagnostics from 1.</summary>
    internal static SourceSpan Position(ScribanSpan span) => new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>The element type of a list (any enumerable but text), else null.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ViewReflection.Kept)]
    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>A view object (a record with values), not text, a number or a list.</summary>
    private static bool IsObject(Type type) => type.IsClass && type != typeof(string) && type != typeof(object) && type != typeof(Refused) && ElementType(type) is null;

    // In declaration order: the JIT runtime's reflection cache may list them otherwise, so it sorts by metadata token;
    // native code has no tokens and lists them in declaration order already (OrderBy keeps that order on equal keys).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ViewReflection.Kept)]
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => RuntimeFeature.IsDynamicCodeSupported ? p.MetadataToken : 0);

    private static string Name(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? Name(inner) + " or nothing"
        : type == typeof(int) ? "a whole number"
        : type == typeof(bool) ? "yes/no"
        : type == typeof(string) ? "text"
        : ElementType(type) is { } element ? $"a list of {Name(element)}"
        : type.Name;

    private static string FirstWord(ScriptStatement statement) =>
        statement.ToString()?.Split([' ', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? statement.GetType().Name;
}
