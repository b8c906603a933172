using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = GovNet.NetCode.Diagnostics.SourceSpan;

namespace GovNet.NetCode.Render;

/// <summary>
/// One dialect's Scriban templates (templates/&lt;dialect&gt;/): <c>config.scriban</c> plus one partial
/// per section, every other <c>.scriban</c> file included by its file name. Parsed and checked once,
/// then shared by every device. Strict: a name the view model does not have is refused at load with
/// the template's file, line and column (see <see cref="TemplateChecker"/>); rendering is strict as
/// well, as a second line. Output is not escaped; the view model holds only config-safe text.
/// </summary>
public sealed class TemplateSet
{
    public const string MainTemplate = "config";
    public const string Extension = ".scriban";

    private readonly Template main;
    private readonly FrozenDictionary<string, Template> partials;
    private readonly CompiledTemplate? compiled;
    private bool failed;

    /// <summary>Each rendering thread's output buffer, kept at the size of the largest config it wrote.</summary>
    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <summary>Each rendering thread's copy of the compiled output, read line by line into <see cref="buffer"/>.</summary>
    [ThreadStatic]
    private static char[]? scratch;

    private TemplateSet(Template main, FrozenDictionary<string, Template> partials)
    {
        this.main = main;
        this.partials = partials;
        compiled = TemplateCompiler.Compile(main, partials, typeof(DeviceView));
    }

    /// <param name="folder">The dialect's template folder.</param>
    /// <param name="label">How diagnostics name the folder (templates/&lt;dialect&gt;).</param>
    public static TemplateSet? Load(ISourceTree folder, string label, DiagnosticBag diagnostics)
    {
        if (!folder.HasFile(MainTemplate + Extension))
        {
            diagnostics.Error(Codes.TemplateBinding, SourceSpan.StartOf($"{label}/{MainTemplate}{Extension}"), Messages.Format("TemplateMissing", $"{label}/{MainTemplate}{Extension}"));
            return null;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var ok = true;
        foreach (var file in folder.FilesIn("").Where(f => f.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (TemplateFiles.Text(folder, file, $"{label}/{file}", diagnostics) is not { } text)
            {
                return null;
            }

            var template = Template.Parse(text, $"{label}/{name}{Extension}");
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(Codes.TemplateSyntax, TemplateChecker.Position(message.Span), Messages.Format("TemplateSyntax", message.Message));
            }

            ok &= !template.HasErrors;
            templates[name] = template;
        }

        // Names are checked only in templates that parsed: a broken one has no tree to check.
        if (!ok || !TemplateChecker.Check(templates, MainTemplate, typeof(DeviceView), diagnostics))
        {
            return null;
        }

        return new TemplateSet(templates[MainTemplate], templates.Where(t => t.Key != MainTemplate).ToFrozenDictionary(StringComparer.Ordinal));
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
        var rendered = buffer ??= new StringBuilder();
        rendered.Clear();
        ReadOnlySpan<char> text;
        if (compiled?.TryRender(device, rendered) == true)
        {
            // Copied into the thread's scratch array rather than made a string: the builder is reused for the output.
            var chars = scratch is { } s && s.Length >= rendered.Length ? s : scratch = new char[Math.Max(rendered.Length, 2 * (scratch?.Length ?? 0))];
            rendered.CopyTo(0, chars, rendered.Length);
            text = chars.AsSpan(0, rendered.Length);
        }
        else
        {
            try
            {
                text = main.Render(ContextFor(device));
            }
            catch (ScriptRuntimeException e)
            {
                return new Rendering(null, e);
            }
        }

        // Line by line over spans: a large config is not split into an array of strings and copied twice.
        // Lines end where ReplaceLineEndings sees a line end (CR, LF, CRLF, NEL, LS, FF, PS), and each is written with LF.
        var output = rendered.Clear();
        foreach (var line in text.EnumerateLines())
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

        // A template fault fails every device alike: report it once, for the first device. The load
        // check leaves few (a member of a value that is absent, a prefix length out of range).
        failed = true;
        diagnostics.Error(Codes.TemplateBinding, TemplateChecker.Position(e.Span),
            Messages.Format("TemplateFailed", device.Hostname, deviceSpan.File, e.OriginalMessage));
        return null;
    }

    /// <summary>What rendering one device gave: its text, or the template fault.</summary>
    internal readonly record struct Rendering(string? Text, ScriptRuntimeException? Error);

    /// <summary>
    /// One render's state: a context is not shared between threads, the parsed templates are. The
    /// partials are handed over already parsed, so <c>include</c> never reads or parses a file.
    /// </summary>
    // Scriban imports the view's properties (and reads nested views) by reflection.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = ViewReflection.Kept)]
    private TemplateContext ContextFor(DeviceView device)
    {
        var context = new TemplateContext(TemplateFunctions.Create())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Templates name values as the view model spells them (PortView.AccessVlan, not access_vlan).
            MemberRenamer = member => member.Name,
            // The compiler decides how many rules an ACL has and how long a config is: a distribution
            // switch of a city network has tens of thousands of rules and several MiB of config. Scriban's
            // default limits would stop a loop at 1,000 items and silently cut text past 1 Mi characters.
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = PartialLoader.Instance,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var (name, partial) in partials)
        {
            context.CachedTemplates[name] = partial;
        }

        var globals = new ScriptObject();
        globals.Import(device, renamer: member => member.Name);
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>Names partials by their file name; their text is never loaded through it, they are cached parsed.</summary>
    private sealed class PartialLoader : ITemplateLoader
    {
        public static readonly PartialLoader Instance = new();

        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"template names partial '{templatePath}', which the folder does not hold");

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
