using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Binding;

/// <summary>inventory/devices/*.yaml → <see cref="Device"/>, expanding port ranges and checking names against the vendor.</summary>
internal static class DeviceBinder
{
    /// <summary>A range can expand to at most this many ports; more is a typo, not a switch.</summary>
    public const int MaxPortsInRange = 1024;

    /// <summary>
    /// A device can declare at most this many ports, counting every port of every range: the
    /// largest chassis or stack has a few hundred. Without a bound, a 1 MiB file of ranges
    /// expands to millions of ports (and as many overlap reports).
    /// </summary>
    public const int MaxPortsPerDevice = 4096;

    private static readonly Dictionary<string, DeviceRole> Roles = new(StringComparer.Ordinal)
    {
        ["core"] = DeviceRole.Core,
        ["distribution"] = DeviceRole.Distribution,
        ["access"] = DeviceRole.Access,
        ["egress"] = DeviceRole.Egress,
    };

    private static readonly Dictionary<string, InterfaceMode> Modes = new(StringComparer.Ordinal)
    {
        ["access"] = InterfaceMode.Access,
        ["trunk"] = InterfaceMode.Trunk,
        ["routed"] = InterfaceMode.Routed,
    };

    public static DeviceRole RoleOf(string word) => Roles[word];

    public static Device Bind(YamlMapping root, string file, DiagnosticBag diagnostics)
    {
        var vendor = root.Located("vendor");
        var dialect = DialectRegistry.Find(vendor.Value)!;
        var role = root.Scalar("role")!;
        return new Device(
            root.Located("hostname"),
            vendor,
            root.Text("model"),
            root.Located("plane"),
            new Located<DeviceRole>(Roles[role.Value], role.Span),
            root.Text("site"),
            root.Scalar("management")!.Address(),
            BindGatewayFor(root["gateway-for"]),
            BindInterfaces(root, dialect, diagnostics),
            file,
            root.Scalar("model")?.Span)
        {
            NatPool = root["nat-pool"] is YamlMapping pool ? new NatPool(pool.Scalar("from")!.Address(), pool.Scalar("to")!.Address(), pool.Span) : null,
        };
    }

    private static ImmutableArray<Interface> BindInterfaces(YamlMapping root, Dialect dialect, DiagnosticBag diagnostics)
    {
        var interfaces = ImmutableArray.CreateBuilder<Interface>();
        foreach (var item in root.Items("interfaces").Cast<YamlMapping>())
        {
            var before = interfaces.Count;
            BindInterface(item, dialect, interfaces, diagnostics);
            if (interfaces.Count > MaxPortsPerDevice)
            {
                var name = item.Scalar("name")!;
                diagnostics.Error(Codes.InvalidInterfaceName, name.Span,
                    Messages.Format("TooManyPorts", Formats.Clip(name.Value), interfaces.Count, MaxPortsPerDevice));
                interfaces.Count = before;
                break;
            }
        }

        return interfaces.ToImmutable();
    }

    private static GatewayFor BindGatewayFor(YamlNode? node) => node switch
    {
        YamlScalar all => new GatewayFor(true, [], all.Span),
        YamlSequence list => new GatewayFor(false, [.. list.Items.Cast<YamlScalar>().Select(YamlAccess.Located)], list.Span),
        _ => GatewayFor.Nothing,
    };

    /// <summary>Adds the port or ports <paramref name="item"/> declares to <paramref name="interfaces"/>.</summary>
    private static void BindInterface(YamlMapping item, Dialect dialect, ImmutableArray<Interface>.Builder interfaces, DiagnosticBag diagnostics)
    {
        var nameScalar = item.Scalar("name")!;
        var names = ExpandNames(nameScalar, dialect, diagnostics);
        if (names.IsEmpty)
        {
            return;
        }

        var mode = item.Scalar("mode")!;
        var link = item.Scalar("link") is { } linkScalar && LinkParser.TryParse(linkScalar.Value, out var end)
            ? new Located<LinkEnd>(end, linkScalar.Span)
            : (Located<LinkEnd>?)null;
        var address = item.Scalar("address") is { } addressScalar && Formats.TryParseInterfaceAddress(addressScalar.Value, out var parsed)
            ? new Located<InterfaceAddress>(parsed, addressScalar.Span)
            : (Located<InterfaceAddress>?)null;
        var vlans = item["vlans"] switch
        {
            YamlScalar auto => new TrunkVlans(true, [], auto.Span),
            YamlSequence list => new TrunkVlans(false, [.. list.Items.Cast<YamlScalar>().Select(YamlAccess.Integer)], list.Span),
            _ => null,
        };
        var modeOf = new Located<InterfaceMode>(Modes[mode.Value], mode.Span);
        var segment = item.OptionalLocated("segment");
        foreach (var name in names)
        {
            interfaces.Add(new Interface(new Located<string>(name, nameScalar.Span), nameScalar.Value, modeOf, segment, vlans, address, link, item.Span));
        }
    }

    /// <summary>One name, or the names of a range <c>GigabitEthernet0/0/1-20</c>; empty after reporting a bad name.</summary>
    private static ImmutableArray<string> ExpandNames(YamlScalar scalar, Dialect dialect, DiagnosticBag diagnostics)
    {
        var text = scalar.Value;
        if (!PortRangeSplitter.TrySplit(text, out var firstStart, out var dash))
        {
            return dialect.IsPortName(text) ? [text] : Bad(Messages.Format("NotPortName", Formats.Clip(text), dialect.Id, dialect.PortNameExamples));
        }

        var prefix = text[..firstStart];
        string firstName;
        if (!int.TryParse(text.AsSpan(firstStart, dash - firstStart), NumberStyles.None, CultureInfo.InvariantCulture, out var first) ||
            !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var last) ||
            !dialect.IsPortName(firstName = PortName(prefix, first)))
        {
            return Bad(Messages.Format("NotPortNameOrRange", Formats.Clip(text), dialect.Id, dialect.PortNameExamples, dialect.PortRangeExample));
        }

        string lastName;
        if (last <= first || last - first >= MaxPortsInRange || !dialect.IsPortName(lastName = PortName(prefix, last)))
        {
            return Bad(Messages.Format("BadPortRange", Formats.Clip(text), first, MaxPortsInRange));
        }

        // The two ends were made for the checks above; the ports between are made once each, straight into the array.
        var names = new string[last - first + 1];
        names[0] = firstName;
        names[^1] = lastName;
        for (var n = first + 1; n < last; n++)
        {
            names[n - first] = PortName(prefix, n);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(names);

        static string PortName(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}");

        ImmutableArray<string> Bad(string message)
        {
            diagnostics.Error(Codes.InvalidInterfaceName, scalar.Span, message);
            return [];
        }
    }
}
