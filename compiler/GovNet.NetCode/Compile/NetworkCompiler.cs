using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Compile.Topology;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Compile;

/// <summary>One rendered device config with what fed it.</summary>
public sealed record CompiledConfig(string Hostname, string Vendor, string Text, string Sha256, ImmutableArray<string> Sources)
{
    public string FileName => $"{Hostname}.cfg";
}

/// <summary>
/// The compile stage: a valid model → one complete config per device. Translation (VLANs, ports,
/// ACLs, routes) happens in C# for the whole network first; templates only format each device.
/// </summary>
public static class NetworkCompiler
{
    public static ImmutableArray<CompiledConfig>? Compile(PolicyModel model, DateOnly today, TemplateLibrary templates, DiagnosticBag diagnostics)
    {
        // Templates load on the other cores while the network is translated (the library holds
        // back what loading reports until rendering asks for each dialect, as if loaded only then).
        var loading = Task.Run(() => templates.Preload(model.Devices.Select(d => d.Vendor.Value)));
        var views = Translate(model, today, diagnostics);
        loading.GetAwaiter().GetResult();
        return views is null ? null : Render(views, templates, diagnostics);
    }

    /// <summary>Every device's config from its view, in the order of <paramref name="views"/>; null after reporting a template fault.</summary>
    internal static ImmutableArray<CompiledConfig>? Render(IReadOnlyList<(Device Device, DeviceView View)> views, TemplateLibrary templates, DiagnosticBag diagnostics)
    {
        // Rendering is most of the work and touches nothing shared: devices render on every core, and
        // their outcomes are then taken in hostname order, so the configs and any template fault
        // reported are exactly those of rendering one device after another.
        var sets = views.Select(v => templates.For(v.Device.Vendor.Value, diagnostics)).ToList();
        var renderings = new (TemplateSet.Rendering Rendering, string? Hash)[views.Count];
        Parallel.For(0, views.Count, i =>
        {
            if (sets[i]?.Detached(views[i].View) is { } rendering)
            {
                renderings[i] = (rendering, rendering.Text is { } text ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) : null);
            }
        });

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

    /// <summary>Every device's view model, in hostname order; null after reporting what a dialect cannot express.</summary>
    public static IReadOnlyList<(Device Device, DeviceView View)>? Translate(PolicyModel model, DateOnly today, DiagnosticBag diagnostics)
    {
        var context = new ModelIndex(model, today);
        var gateways = GatewayRules.AssignGateways(context, new DiagnosticBag());
        var managementRoots = ManagementRoots(context);
        var layer2 = new Layer2Plan(context, gateways, managementRoots);
        var layer3 = new Layer3Plan(context, gateways, d => d.Plane.Value is var plane && context.Planes[plane].Management.Vlan is not null && layer2.OnManagementVlan(d));
        var translator = new DeviceTranslator(context, gateways, layer2, layer3, new AclCompiler(context), managementRoots);

        var views = new List<(Device, DeviceView)>();
        var errors = diagnostics.HasErrors;
        foreach (var device in context.Devices.Values.OrderBy(d => d.Hostname.Value, StringComparer.Ordinal))
        {
            var dialect = DialectRegistry.Find(device.Vendor.Value)!;
            if (translator.Translate(device, dialect, diagnostics) is { } view)
            {
                views.Add((device, view));
            }
        }

        return diagnostics.HasErrors && !errors ? null : views;
    }

    /// <summary>Where each plane's management VLAN is rooted: the device that holds the management gateway address, else its first core device.</summary>
    internal static Dictionary<string, Device> ManagementRoots(ModelIndex context)
    {
        var roots = new Dictionary<string, Device>(StringComparer.Ordinal);
        foreach (var plane in context.Model.Network.Planes)
        {
            var devices = context.Devices.Values.Where(d => d.Plane.Value == plane.Name.Value).OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).ToList();
            var root = devices.FirstOrDefault(d => d.Management.Value == plane.Management.Gateway.Value)
                ?? devices.FirstOrDefault(d => d.Role.Value == DeviceRole.Core)
                ?? devices.FirstOrDefault();
            if (root is not null)
            {
                roots[plane.Name.Value] = root;
            }
        }

        return roots;
    }
}
