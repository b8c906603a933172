using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace GovNet.NetCode.Render;

/// <summary>
/// A dialect's parsed templates turned into plain delegates (<see cref="TemplateCompiler"/>) that
/// write one device's config straight into a reused buffer: no template context, no scope objects,
/// no per-device import of the view. It covers only what netcode's own templates use, and gives
/// exactly the text Scriban gives for it; wherever a device's values step outside that (a member
/// of nothing, a value of a kind not printed here), <see cref="TryRender"/> says no and the device
/// is rendered by Scriban, which then also reports any fault as before.
/// </summary>
internal sealed class CompiledTemplate
{
    private readonly Step body;
    private readonly int slots;

    internal CompiledTemplate(Step body, int slots)
    {
        this.body = body;
        this.slots = slots;
    }

    /// <summary>Writes one step of a template.</summary>
    internal delegate void Step(Frame frame);

    /// <summary>Gives the value of one expression.</summary>
    internal delegate object? Value(Frame frame);

    /// <summary>One render: the output, the device and the loop variables in scope (by slot).</summary>
    internal sealed class Frame(StringBuilder output, object root, int slots)
    {
        public readonly StringBuilder Output = output;
        public readonly object Root = root;
        public readonly object?[] Slots = new object?[slots];
        public readonly Loop[] Loops = new Loop[slots];
    }

    /// <summary>Where a loop stands, for <c>for.first</c> and its siblings.</summary>
    internal struct Loop
    {
        public int Index;
        public int Count;
    }

    /// <summary>Thrown where Scriban's own rendering is needed to get the same text or the same fault.</summary>
    internal sealed class NotCovered : Exception;

    /// <summary>Appends the device's text to <paramref name="output"/>; false (and <paramref name="output"/> in any state) when Scriban must render it.</summary>
    public bool TryRender(object view, StringBuilder output)
    {
        try
        {
            body(new Frame(output, view, slots));
            return true;
        }
        catch (NotCovered)
        {
            return false;
        }
    }

    /// <summary>As Scriban's <c>TemplateContext.ToBool</c>: nothing is false, a yes/no is itself, anything else true.</summary>
    internal static bool Truth(object? value) => value is bool b ? b : value is not null;

    /// <summary>A value as Scriban's <c>ObjectToString</c> writes it, for the kinds of values a view holds.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        bool b => b ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new NotCovered(),
    };

    /// <summary>
    /// Writes a printed value as <see cref="Text"/> spells it (<see cref="Indented"/> where auto-indent is on); a
    /// whole number is written into the output in place rather than made a string first.
    /// </summary>
    internal static void Print(StringBuilder output, object? value, bool indented)
    {
        if (value is int or long)
        {
            // A number is never empty and holds no line break: only the indent's start-of-line case is left to Scriban.
            if (indented && output.Length > 0 && output[^1] == '\n')
            {
                throw new NotCovered();
            }

            _ = value is int number ? output.Append(CultureInfo.InvariantCulture, $"{number}") : output.Append(CultureInfo.InvariantCulture, $"{(long)value}");
            return;
        }

        if (indented)
        {
            Indented(output, Text(value));
        }
        else
        {
            output.Append(Text(value));
        }
    }

    /// <summary>
    /// Writes text where Scriban's auto-indent is on (after <c>{{</c> on a line holding only blanks before
    /// it): the same as writing it plainly while the text holds no line break and the output does not
    /// stand at the start of a line; anything else is left to Scriban.
    /// </summary>
    internal static void Indented(StringBuilder output, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Contains('\n') || (output.Length > 0 && output[^1] == '\n'))
        {
            throw new NotCovered();
        }

        output.Append(text);
    }

    /// <summary>
    /// A member of a value, as Scriban's accessors find it: <c>size</c> of a list or text, else a public
    /// property of the value's own type. The member found is kept for the next value of the same type.
    /// </summary>
    internal sealed class Member(string name)
    {
        /// <summary>One getter per property for the whole run: each makes the runtime emit and compile a stub.</summary>
        private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

        private sealed record Found(Type Type, Func<object, object?> Get);

        private Found? last;

        public object? Of(object? target)
        {
            switch (target)
            {
                case null:
                    throw new NotCovered();
                case string text:
                    return name == "size" ? text.Length : throw new NotCovered();
                case IList list:
                    return name == "size" ? list.Count : throw new NotCovered();
                case IDictionary or IEnumerable:
                    throw new NotCovered();
            }

            var type = target.GetType();
            var found = last;
            if (found is null || found.Type != type)
            {
                last = found = new Found(type, Getters.GetOrAdd((type, name), static key => Getter(key.Type, key.Name)) ?? throw new NotCovered());
            }

            return found.Get(target);
        }

        /// <summary>The getter of a public property; null where Scriban would look further (fields, several properties of one name).</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = ViewReflection.Kept)]
        private static Func<object, object?>? Getter(Type type, string name)
        {
            PropertyInfo? property;
            try
            {
                property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            }
            catch (AmbiguousMatchException)
            {
                return null;
            }

            if (property?.GetMethod is not { IsPublic: true } getter || property.GetIndexParameters().Length > 0)
            {
                return null;
            }

            if (Typed(getter) is { } typed)
            {
                return typed;
            }

            var invoker = MethodInvoker.Create(getter);
            return target => invoker.Invoke(target);
        }

        /// <summary>
        /// The getter as a typed delegate, where one can be made: called directly, and a yes/no or small number
        /// given in a shared box, where the invoker boxes every value anew. Null where it cannot (a getter of a
        /// value type, a value of another value type, or a native build without the generic code), and the
        /// invoker serves as before.
        /// </summary>
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Instantiated over reference types only, whose shared code a native build holds; a failure falls back to the invoker.")]
        [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Instantiated over reference types only; a failure falls back to the invoker.")]
        private static Func<object, object?>? Typed(MethodInfo getter)
        {
            if (getter.DeclaringType is not { IsValueType: false } declaring || declaring.ContainsGenericParameters)
            {
                return null;
            }

            try
            {
                var make = typeof(Member).GetMethod(nameof(TypedOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(declaring);
                return make.CreateDelegate<Func<MethodInfo, Func<object, object?>?>>()(getter);
            }
            catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException or MemberAccessException or TypeLoadException)
            {
                return null;
            }
        }

        private static Func<object, object?>? TypedOf<T>(MethodInfo getter)
            where T : class
        {
            var type = getter.ReturnType;
            if (type == typeof(bool))
            {
                var get = getter.CreateDelegate<Func<T, bool>>();
                return target => Boxes.Of(get((T)target));
            }

            if (type == typeof(int))
            {
                var get = getter.CreateDelegate<Func<T, int>>();
                return target => Boxes.Of(get((T)target));
            }

            if (!type.IsValueType)
            {
                var get = getter.CreateDelegate<Func<T, object?>>();
                return target => get((T)target);
            }

            return null;
        }
    }

    /// <summary>Items of a loop, as a list with a count (Scriban looks one ahead for <c>for.last</c>).</summary>
    internal static IList? Items(object? value) => value switch
    {
        null => null,
        string => throw new NotCovered(),
        IList list => list,
        IDictionary => throw new NotCovered(),
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => throw new NotCovered(),
    };

    /// <summary>Scriban's arithmetic on two whole numbers: worked in 64 bits, given back as an int when it fits.</summary>
    internal static object Whole(long value) => value is >= int.MinValue and <= int.MaxValue ? Boxes.Of((int)value) : value;
}
