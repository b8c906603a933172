using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovNet.NetCode.Compile.Acl;
using GovNet.NetCode.Compile.Topology;
using GovNet.NetCode.Compile.View;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Compile;

/// <summary>
/// The compile stage: a valid model → one view per device. Translation (VLANs, ports, ACLs, routes)
/// happens in C# for the whole network; the render stage then only formats each device.
/// </summary>
public static class NetworkCompiler
{
    /// <summary>Every device's view model, in hostname order; null after reporting what a dialect cannot express.</summary>
    public static IReadOnlyList<(Device Device, DeviceView View)>? Translate(PolicyModel model, DateOnly today, DiagnosticBag diagnostics) =>
        Translate(model, today, AclNumberBook.Empty, diagnostics)?.Views;

    /// <summary>
    /// Every device's view model, in hostname order, keeping the ACL rule numbers of <paramref name="previous"/>
    /// where a rule is unchanged, with the numbers given this time; null after reporting what a dialect cannot express.
    /// </summary>
    public static (IReadOnlyList<(Device Device, DeviceView View)> Views, AclNumberBook Numbers)? Translate(PolicyModel model, DateOnly today, AclNumberBook previous, DiagnosticBag diagnostics) =>
        Translate(model, today, previous, diagnostics, inParallel: true);

    /// <summary>
    /// As above; <paramref name="inParallel"/> translates the devices on every core. The plans they share are
    /// built whole first and each device reports into a bag of its own, taken in hostname order afterwards,
    /// so the views, numbers and diagnostics are those of translating one device after another.
    /// </summary>
    internal static (IReadOnlyList<(Device Device, DeviceView View)> Views, AclNumberBook Numbers)? Translate(PolicyModel model, DateOnly today, AclNumberBook previous, DiagnosticBag diagnostics, bool inParallel)
    {
        var context = ModelIndex.Of(model, today);
        var plans = TakePlannedAhead(context) ?? Plan(context, inParallel);
        var translator = new DeviceTranslator(context, plans.Gateways, plans.Layer2, plans.Layer3, plans.Acls, plans.ManagementRoots, previous);

        var devices = context.Devices.Values.OrderBy(d => d.Hostname.Value, StringComparer.Ordinal).ToList();
        var outcomes = new (DeviceView? View, DiagnosticBag Diagnostics)[devices.Count];
        void TranslateOne(int i)
        {
            var bag = new DiagnosticBag();
            outcomes[i] = (translator.Translate(devices[i], DialectRegistry.Find(devices[i].Vendor.Value)!, bag), bag);
        }

        ByIndex.For(devices.Count, inParallel, TranslateOne);

        var views = new List<(Device, DeviceView)>();
        var errors = diagnostics.HasErrors;
        for (var i = 0; i < devices.Count; i++)
        {
            diagnostics.AddRange(outcomes[i].Diagnostics.Items);
            if (outcomes[i].View is { } view)
            {
                views.Add((devices[i], view));
            }
        }

        return diagnostics.HasErrors && !errors ? null : (views, translator.Numbers);
    }

    /// <summary>What every device's translation shares, worked out before the first device is.</summary>
    internal sealed record SharedPlans(
        IReadOnlyDictionary<string, Device> Gateways,
        Dictionary<string, Device> ManagementRoots,
        Layer2Plan Layer2,
        Layer3Plan Layer3,
        AclCompiler Acls);

    /// <summary>Plans started by <see cref="PlanAhead"/>, each taken by the next translation of its model index.</summary>
    private static readonly ConditionalWeakTable<ModelIndex, Task<SharedPlans?>> PlannedAhead = [];

    /// <summary>
    /// Starts the shared plans on another core while the model is still being validated, where one core
    /// would otherwise wait for the longest rule. The model may yet prove invalid, so a plan that throws
    /// (a name that does not resolve) yields nothing rather than an error: the plans report nothing, and a
    /// translation that finds nothing planned plans again itself, throwing where it always would.
    /// </summary>
    internal static Task<SharedPlans?> PlanAhead(ModelIndex context) =>
        PlannedAhead.GetValue(context, c => Task.Run(() =>
        {
            try
            {
                return Plan(c, inParallel: true);
            }
            catch (Exception)
            {
                return null;
            }
        }));

    /// <summary>The plans <see cref="PlanAhead"/> started for this index, once: a later translation of the same model plans afresh.</summary>
    private static SharedPlans? TakePlannedAhead(ModelIndex context)
    {
        if (!PlannedAhead.TryGetValue(context, out var planned))
        {
            return null;
        }

        PlannedAhead.Remove(context);
        return planned.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The gateways are validation's own (one index per model and day, so the same assignment), and the
    /// flows' ACL material, which reads only the model, is worked out on another core while the topology plans are built.
    /// </summary>
    internal static SharedPlans Plan(ModelIndex context, bool inParallel)
    {
        var aclsPrepared = inParallel ? Task.Run(() => new AclCompiler(context).Prepared()) : Task.FromResult(new AclCompiler(context).Prepared());
        var gateways = GatewayRules.Shared(context).Gateways;
        var managementRoots = ManagementRoots(context);
        var layer2 = new Layer2Plan(context, gateways, managementRoots);
        var layer3 = new Layer3Plan(context, gateways, d => d.Plane.Value is var plane && context.Planes[plane].Management.Vlan is not null && layer2.OnManagementVlan(d), inParallel);
        return new SharedPlans(gateways, managementRoots, layer2, layer3, aclsPrepared.GetAwaiter().GetResult());
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
