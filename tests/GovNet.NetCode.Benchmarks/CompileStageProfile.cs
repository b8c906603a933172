using GovNet.NetCode.Compile;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Compile.Topology;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// Stopwatch timings of each stage of <see cref="ConfigRenderer.Render(GovNet.NetCode.Model.PolicyModel, DateOnly, TemplateLibrary, GovNet.NetCode.Diagnostics.DiagnosticBag)"/>, one after another: the
/// layer-2 and layer-3 plans, the flows of each plane, the segment ACLs, the device views (which build
/// the segment ACLs again, as compile does), loading the templates (which compile overlaps with
/// translation) and rendering.
/// </summary>
internal static class CompileStageProfile
{
    public static void Run(PolicyModel model, DateOnly today, string templates, string label)
    {
        Console.WriteLine($"compile stages ({label}):");
        var context = Time("validation context", () => new ModelIndex(model, today));
        var gateways = Time("assign gateways", () => GatewayRules.AssignGateways(context, new DiagnosticBag()));
        var roots = Time("management roots", () => NetworkCompiler.ManagementRoots(context));
        var layer2 = Time("Layer2Plan", () => new Layer2Plan(context, gateways, roots));
        var layer3 = Time("Layer3Plan", () => new Layer3Plan(context, gateways, d => context.Planes[d.Plane.Value].Management.Vlan is not null && layer2.OnManagementVlan(d)));
        var acls = Time("AclCompiler (flows)", () => new AclCompiler(context));
        Time("AclCompiler.ForSegment", () => gateways.Keys.Sum(s => acls.ForSegment(context.Segments[s]).Length));
        var translator = new DeviceTranslator(context, gateways, layer2, layer3, acls, roots);
        var bag = new DiagnosticBag();
        var views = Time("translate (again ForSegment)", () => context.Devices.Values.OrderBy(d => d.Hostname.Value, StringComparer.Ordinal)
            .Select(d => (Device: d, View: translator.Translate(d, DialectRegistry.Find(d.Vendor.Value)!, bag)!)).ToList());
        var library = new TemplateLibrary(templates);
        Time("load templates (parallel)", () =>
        {
            library.Preload(views.Select(v => v.Device.Vendor.Value));
            return 0;
        });
        Time("render + hash (parallel)", () => ConfigRenderer.Render(views, library, bag)!.Value.Length);
        if (bag.Count > 0)
        {
            Console.WriteLine($"  ({bag.Count} diagnostics!)");
        }
    }

    private static T Time<T>(string stage, Func<T> work)
    {
        var (result, measurement) = Measurement.Of(work);
        Console.WriteLine($"  {stage,-26} {measurement}");
        return result;
    }
}
