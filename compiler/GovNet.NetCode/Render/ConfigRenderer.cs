using System.Collections.Immutable;
using System.Security.Cryptography;
using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Render;

/// <summary>One rendered device config with what fed it.</summary>
public sealed record CompiledConfig(string Hostname, string Vendor, string Text, string Sha256, ImmutableArray<string> Sources)
{
    public string FileName => FileNameOf(Hostname);

    /// <summary>The name of a device's config file in a build's configs folder.</summary>
    public static string FileNameOf(string hostname) => $"{hostname}.cfg";
}

/// <summary>
/// The render stage: every device's view, as the compile stage translated it, formatted by its
/// dialect's templates into one complete config.
/// </summary>
public static class ConfigRenderer
{
    /// <summary>Every device's config from a valid model, in hostname order; null after reporting what cannot be expressed or rendered.</summary>
    public static ImmutableArray<CompiledConfig>? Render(PolicyModel model, DateOnly today, TemplateLibrary templates, DiagnosticBag diagnostics) =>
        Render(model, today, AclNumberBook.Empty, templates, diagnostics)?.Configs;

    /// <summary>
    /// As <see cref="Render(PolicyModel, DateOnly, TemplateLibrary, DiagnosticBag)"/>, keeping the ACL rule numbers of <paramref name="previous"/> where a rule is unchanged; also gives the numbers used.
    /// <paramref name="sink"/>, when given, takes each config's bytes as soon as it is rendered.
    /// </summary>
    public static (ImmutableArray<CompiledConfig> Configs, AclNumberBook Numbers)? Render(PolicyModel model, DateOnly today, AclNumberBook previous, TemplateLibrary templates, DiagnosticBag diagnostics, IRenderedConfigSink? sink = null)
    {
        // Templates load on the other cores while the network is translated (the library holds
        // back what loading reports until rendering asks for each dialect, as if loaded only then).
        var loading = Task.Run(() => templates.Preload(model.Devices.Select(d => d.Vendor.Value)));
        var translated = NetworkCompiler.Translate(model, today, previous, diagnostics);
        loading.GetAwaiter().GetResult();
        StageClock.Mark("translate");
        return translated is { } t && Render(t.Views, templates, diagnostics, sink) is { } configs ? (configs, t.Numbers) : null;
    }

    /// <summary>Every device's config from its view, in the order of <paramref name="views"/>; null after reporting a template fault.</summary>
    internal static ImmutableArray<CompiledConfig>? Render(IReadOnlyList<(Device Device, DeviceView View)> views, TemplateLibrary templates, DiagnosticBag diagnostics, IRenderedConfigSink? sink = null)
    {
        // Rendering is most of the work and touches nothing shared: devices render on every core, and
        // their outcomes are then taken in hostname order, so the configs and any template fault
        // reported are exactly those of rendering one device after another.
        var sets = views.Select(v => templates.For(v.Device.Vendor.Value, diagnostics)).ToList();
        var renderings = new (TemplateSet.Rendering Rendering, string? Hash)[views.Count];
        var order = LargestFirst(views);
        Parallel.For(0, views.Count, k =>
        {
            var i = order[k];
            if (sets[i]?.Detached(views[i].View) is { } rendering)
            {
                renderings[i] = (rendering, rendering.Text is { } text ? Seal(text, views[i].View.Hostname, sink) : null);
            }
        });

        StageClock.Mark("render");
        var configs = ImmutableArray.CreateBuilder<CompiledConfig>();
        var templateFiles = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        for (var i = 0; i < views.Count; i++)
        {
            var (device, view) = views[i];
            if (sets[i]?.Accept(renderings[i].Rendering, view, device.Hostname.Span, diagnostics) is not { } text)
            {
                continue;
            }

            // The template folder is listed once per dialect, not once per device.
            if (!templateFiles.TryGetValue(device.Vendor.Value, out var files))
            {
                templateFiles[device.Vendor.Value] = files = templates.FilesOf(device.Vendor.Value);
            }

            configs.Add(new CompiledConfig(view.Hostname, view.Vendor, text, renderings[i].Hash!, [.. view.Sources, .. files]));
        }

        return diagnostics.HasErrors ? null : configs.ToImmutable();
    }

    /// <summary>
    /// The order devices are handed to the cores: longest to render first, by a rough count of the lines
    /// their view makes, so the last devices left are short ones and neither core idles at the end waiting
    /// for a core switch (in hostname order the largest devices of a county come last). Only the timing
    /// changes: outcomes stay at each device's own index.
    /// </summary>
    private static int[] LargestFirst(IReadOnlyList<(Device Device, DeviceView View)> views)
    {
        var weights = new long[views.Count];
        var order = new int[views.Count];
        for (var i = 0; i < views.Count; i++)
        {
            var view = views[i].View;
            long lines = view.Ports.Length + view.VlanLines.Length + view.Routes.Length + view.Gateways.Length;
            foreach (var acl in view.Acls)
            {
                lines += acl.Rules.Length;
            }

            // Negated so that the ascending sort puts the heaviest first; the index breaks ties, so the
            // order is the same on every run.
            weights[i] = (-lines * views.Count) + i;
            order[i] = i;
        }

        Array.Sort(weights, order);
        return order;
    }

    /// <summary>
    /// The SHA-256 of the text's UTF-8 bytes, encoded into a pooled buffer rather than a new array per
    /// config; the sink takes the same bytes, so a config written as it renders is encoded only once.
    /// </summary>
    private static string Seal(string text, string hostname, IRenderedConfigSink? sink) =>
        PooledUtf8.With(text, utf8 =>
        {
            sink?.Take(CompiledConfig.FileNameOf(hostname), utf8);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8, hash);
            return Convert.ToHexStringLower(hash);
        });
}
