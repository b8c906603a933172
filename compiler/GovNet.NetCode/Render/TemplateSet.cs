using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using HandlebarsDotNet;

namespace GovNet.NetCode.Render;

/// <summary>
/// One dialect's Handlebars templates (templates/&lt;dialect&gt;/): <c>config.hbs</c> plus one partial per
/// section, every other <c>.hbs</c> file registered under its file name. Strict: an unknown value,
/// helper or partial is an error with the template's file and line, never an empty string. Output
/// is not HTML-escaped; the view model holds only config-safe text.
/// </summary>
public sealed partial class TemplateSet
{
    public const string MainTemplate = "config";

    private readonly HandlebarsTemplate<object, object> main;
    private readonly Dictionary<string, string> sources;
    private readonly string folderLabel;
    private bool failed;

    private TemplateSet(HandlebarsTemplate<object, object> main, Dictionary<string, string> sources, string folderLabel)
    {
        this.main = main;
        this.sources = sources;
        this.folderLabel = folderLabel;
    }

    /// <param name="folder">The dialect's template folder.</param>
    /// <param name="label">How diagnostics name the folder (templates/huawei-vrp).</param>
    public static TemplateSet? Load(ISourceTree folder, string label, DiagnosticBag diagnostics)
    {
        if (!folder.HasFile(MainTemplate + ".hbs"))
        {
            diagnostics.Error(Codes.TemplateBinding, SourceSpan.StartOf($"{label}/{MainTemplate}.hbs"), $"template {label}/{MainTemplate}.hbs is missing");
            return null;
        }

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in folder.FilesIn("").Where(f => f.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            if (TemplateFiles.Text(folder, file, $"{label}/{file}", diagnostics) is not { } text)
            {
                return null;
            }

            sources[Path.GetFileNameWithoutExtension(file)] = text;
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        RegisterHelpers(handlebars);

        var ok = true;
        HandlebarsTemplate<object, object>? main = null;
        foreach (var (name, text) in sources)
        {
            ok &= CheckReferences($"{label}/{name}.hbs", text, sources.Keys, diagnostics);
            try
            {
                if (name == MainTemplate)
                {
                    main = handlebars.Compile(text);
                }
                else
                {
                    handlebars.RegisterTemplate(name, text);
                }
            }
            catch (HandlebarsException e)
            {
                diagnostics.Error(Codes.TemplateSyntax, Locate($"{label}/{name}.hbs", text, e.Message), $"template syntax: {e.Message}");
                ok = false;
            }
        }

        return ok && main is not null ? new TemplateSet(main, sources, label) : null;
    }

    /// <summary>Renders a device; LF line ends, no trailing spaces, one final newline.</summary>
    public string? Render(DeviceView device, SourceSpan deviceSpan, DiagnosticBag diagnostics) =>
        Accept(Detached(device), device, deviceSpan, diagnostics);

    /// <summary>
    /// Renders a device without touching any shared state, so devices can render on several threads;
    /// <see cref="Accept"/> then takes the outcomes one by one, in device order, exactly as
    /// <see cref="Render"/> would have.
    /// </summary>
    internal Rendering Detached(DeviceView device)
    {
        string text;
        try
        {
            text = main(device);
        }
        catch (HandlebarsException e)
        {
            return new Rendering(null, e);
        }

        // Line by line over spans: a large config is not split into an array of strings and copied twice.
        var output = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").AsSpan().EnumerateLines())
        {
            output.Append(line.TrimEnd()).Append('\n');
        }

        while (output.Length > 0 && output[^1] == '\n')
        {
            output.Length--;
        }

        return new Rendering(output.Append('\n').ToString(), null);
    }

    /// <summary>The text of a detached rendering, or null after reporting the first template fault of this dialect.</summary>
    internal string? Accept(Rendering rendering, DeviceView device, SourceSpan deviceSpan, DiagnosticBag diagnostics)
    {
        if (failed)
        {
            return null;
        }

        if (rendering.Error is not { } e)
        {
            return rendering.Text;
        }

        // A template fault fails every device alike: report it once, for the first device.
        failed = true;
        var (partial, message) = Innermost(e);
        var (file, body) = partial is not null && sources.TryGetValue(partial, out var partialText)
            ? ($"{folderLabel}/{partial}.hbs", partialText)
            : FindSource(message);
        diagnostics.Error(Codes.TemplateBinding, Locate(file, body, message),
            $"template failed for {device.Hostname} ({deviceSpan.File}): {message}");
        return null;
    }

    /// <summary>What rendering one device gave: its text, or the template fault.</summary>
    internal readonly record struct Rendering(string? Text, HandlebarsException? Error);

    private static void RegisterHelpers(IHandlebars handlebars)
    {
        // Masks and wildcards for prefix lengths; the view model has them for addresses, templates may need them elsewhere.
        handlebars.RegisterHelper("netmask", (writer, context, arguments) =>
            writer.WriteSafeString(View(arguments, "netmask", length => new Model.Ipv4Address(Model.Ipv4Prefix.MaskOf(length)).ToString())));
        handlebars.RegisterHelper("wildcard", (writer, context, arguments) =>
            writer.WriteSafeString(View(arguments, "wildcard", length => new Model.Ipv4Address(~Model.Ipv4Prefix.MaskOf(length)).ToString())));
    }

    private static string View(Arguments arguments, string helper, Func<int, string> format)
    {
        if (arguments.Length != 1 || !int.TryParse(Convert.ToString(arguments[0], CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > 32)
        {
            throw new HandlebarsRuntimeException($"{helper} takes one prefix length (0-32)");
        }

        return format(length);
    }

    /// <summary>The deepest partial being rendered and the innermost message: Handlebars.Net wraps errors inside partials.</summary>
    private static (string? Partial, string Message) Innermost(Exception e)
    {
        string? partial = null;
        var message = e.Message;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            var match = PartialRegex().Match(current.Message);
            if (match.Success)
            {
                partial = match.Groups["name"].Value;
            }

            message = current.Message;
        }

        return (partial, message);
    }

    /// <summary>
    /// Finds helpers and partials that do not exist before any device is rendered: Handlebars.Net
    /// only notices them when a template reaches them, which some devices never do.
    /// </summary>
    private static bool CheckReferences(string file, string text, IReadOnlyCollection<string> partials, DiagnosticBag diagnostics)
    {
        var ok = true;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in ExpressionRegex().Matches(lines[i]))
            {
                var name = match.Groups["name"].Value;
                var isPartial = match.Groups["sigil"].Value == ">";
                var known = isPartial ? partials.Contains(name) : KnownHelpers.Contains(name);
                if (!known)
                {
                    diagnostics.Error(Codes.TemplateBinding, new SourceSpan(file, i + 1, match.Groups["name"].Index + 1),
                        isPartial ? $"template names partial '{name}', which {Path.GetDirectoryName(file)?.Replace('\\', '/')}/ does not hold" : $"template calls helper '{name}', which does not exist (helpers: {string.Join(", ", KnownHelpers.Order(StringComparer.Ordinal))})");
                    ok = false;
                }
            }
        }

        return ok;
    }

    private static readonly HashSet<string> KnownHelpers = new(StringComparer.Ordinal) { "if", "unless", "each", "with", "lookup", "log", "netmask", "wildcard" };

    // A helper call has arguments after its name ({{name arg}}, {{#name arg}}); a partial is {{> name}}.
    [GeneratedRegex(@"\{\{(?<sigil>[#>])?\s*(?<name>[A-Za-z_][\w-]*)(?(sigil)|\s+[^}\s])", RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionRegex();

    [GeneratedRegex(@"rendering partial '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex PartialRegex();

    /// <summary>The template that most likely holds the failing expression: the first that mentions its name.</summary>
    private (string File, string Text) FindSource(string message)
    {
        var token = TokenOf(message);
        foreach (var (name, text) in sources)
        {
            if (token is not null && text.Contains(token, StringComparison.Ordinal))
            {
                return ($"{folderLabel}/{name}.hbs", text);
            }
        }

        return ($"{folderLabel}/{MainTemplate}.hbs", sources[MainTemplate]);
    }

    private static SourceSpan Locate(string file, string text, string message)
    {
        var token = TokenOf(message);
        if (token is not null)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf(token, StringComparison.Ordinal);
                if (at >= 0 && lines[i].Contains("{{", StringComparison.Ordinal))
                {
                    return new SourceSpan(file, i + 1, at + 1);
                }
            }
        }

        return SourceSpan.StartOf(file);
    }

    /// <summary>The name Handlebars.Net complains about, from its message (it carries no position).</summary>
    private static string? TokenOf(string message)
    {
        var match = TokenRegex().Match(message);
        return match.Success ? match.Groups["token"].Value : null;
    }

    [GeneratedRegex(@"^(?<token>[\w.@/-]+) is undefined|partial name (?<token>[\w.-]+)|element '(?<token>[^']+)'|helper '?(?<token>[\w.-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
