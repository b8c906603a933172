using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Load.Schema;

/// <summary>The shapes of the policy format v1 files (policy/README.md is the prose of this file).</summary>
public static class PolicyShapes
{
    private static ScalarShape Text(Caption description) => new(description, ValueFormat.Text);

    private static ScalarShape Id(Caption description) => new(description, ValueFormat.Identifier);

    private static ScalarShape Address(Caption description) => new(description, ValueFormat.Ipv4Address);

    private static ScalarShape Prefix(Caption description) => new(description, ValueFormat.Ipv4Prefix);

    private static ScalarShape Words(Caption description, params string[] words) => new(description, ValueFormat.Word, [.. words]);

    private static ListShape ServerList(Caption list, Caption server) => new(list, Address(server));

    private static readonly string[] Roles = ["core", "distribution", "access", "egress"];

    /// <summary>A plane's security baseline: the black-hole VLAN of unused ports, and the items turned off with a reason.</summary>
    private static readonly ObjectShape Baseline = new("Baseline", [
        new("blackhole-vlan", new ScalarShape("BlackholeVlan", ValueFormat.Integer)),
        new("off", new ListShape("BaselineOffList", new ObjectShape("BaselineOff", [
            new("item", Words("BaselineItem", [.. Model.BaselineItems.All]), Required: true),
            new("reason", Text("BaselineReason"), Required: true),
            new("roles", new ListShape("BaselineRoles", Words("DeviceRole", Roles))),
        ]))),
    ]);

    public static readonly ObjectShape Network = new("NetworkFile", [
        new("network", Id("NetworkId"), Required: true),
        new("title", Text("NetworkTitle")),
        new("planes", new MapShape("Planes", new ObjectShape("Plane", [
            new("title", Text("PlaneTitle")),
            new("internet", Words("PlaneInternet", "via-egress", "none"), Required: true),
            new("upstream", new MapShape("UpstreamNetworks", new ObjectShape("UpstreamNetwork", [
                new("title", Text("UpstreamTitle")),
                new("prefixes", new ListShape("UpstreamPrefixes", Prefix("UpstreamPrefix")), Required: true),
            ]))),
            new("management", new ObjectShape("ManagementServices", [
                new("subnet", Prefix("ManagementSubnet"), Required: true),
                new("vlan", new ScalarShape("ManagementVlan", ValueFormat.Integer)),
                new("gateway", Address("ManagementGateway")),
                new("ntp", ServerList("NtpServers", "NtpServer")),
                new("syslog", ServerList("SyslogServers", "SyslogServer")),
                new("aaa", ServerList("AaaServers", "AaaServer")),
                new("snmp", ServerList("SnmpServers", "SnmpServer")),
                new("dns", ServerList("DnsServers", "DnsServer")),
            ]), Required: true),
            new("baseline", Baseline),
        ])), Required: true),
        new("zones", new MapShape("Zones", new ObjectShape("Zone", [
            new("plane", Id("ZonePlane"), Required: true),
            new("title", Text("ZoneTitle")),
            new("role", Words("ZoneRole", "internet-access")),
            new("intra", Words("ZoneIntra", "deny", "permit")),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Unit = new("UnitFile", [
        new("id", Id("UnitId"), Required: true),
        new("title", Text("UnitTitle")),
        new("segments", new ListShape("Segments", new ObjectShape("Segment", [
            new("zone", Id("SegmentZone"), Required: true),
            new("vlan", new ScalarShape("SegmentVlan", ValueFormat.Integer), Required: true),
            new("subnet", Prefix("SegmentSubnet"), Required: true),
            new("gateway", Address("SegmentGateway")),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Services = new("ServicesFile", [
        new("services", new MapShape("Services", new ObjectShape("Service", [
            new("title", Text("ServiceTitle")),
            new("zone", Id("ServiceZone"), Required: true),
            new("address", Address("ServiceAddress"), Required: true),
            new("ports", new ListShape("ServicePorts", new ScalarShape("ServicePort", ValueFormat.ServicePort))),
            new("public", Address("ServicePublic")),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Hosts = new("HostsFile", [
        new("hosts", new ListShape("Hosts", new ObjectShape("Host", [
            new("ip", Address("HostIp"), Required: true),
            new("mac", new ScalarShape("HostMac", ValueFormat.MacAddress), Required: true),
            new("unit", Id("HostUnit"), Required: true),
            new("zone", Id("HostZone"), Required: true),
            new("port", new ScalarShape("HostPort", ValueFormat.HostPort), Required: true),
            new("owner", Text("HostOwner"), Required: true),
            new("purpose", Text("HostPurpose")),
        ])), Required: true),
    ]);

    private static readonly ScalarShape FlowRule = new("FlowRule", ValueFormat.FlowRule);

    public static readonly ObjectShape Flows = new("FlowsFile", [
        new("flows", new ListShape("Flows", new EitherShape("Flow", [
            FlowRule,
            new ObjectShape("Flow", [
                new("id", Id("FlowId")),
                new("rule", FlowRule, Required: true),
                new("expires", new ScalarShape("FlowExpires", ValueFormat.Date)),
                new("approval", Text("FlowApproval")),
                new("title", Text("FlowTitle")),
            ]),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Device = new("DeviceFile", [
        new("hostname", new ScalarShape("Hostname", ValueFormat.Hostname), Required: true),
        new("vendor", Words("Vendor", [.. DialectRegistry.All.Select(d => d.Id)]), Required: true),
        new("model", Text("HardwareModel")),
        new("plane", Id("DevicePlane"), Required: true),
        new("role", Words("DeviceRole", Roles), Required: true),
        new("site", Text("DeviceSite")),
        new("management", Address("DeviceManagement"), Required: true),
        new("gateway-for", new EitherShape("GatewayFor", [
            Words("GatewayForAll", "all"),
            new ListShape("GatewayFor", new ScalarShape("GatewaySegment", ValueFormat.SegmentName)),
        ])),
        new("interfaces", new ListShape("Interfaces", new ObjectShape("Interface", [
            new("name", new ScalarShape(new Caption("InterfaceName", DialectRegistry.All[0].PortRangeExample), ValueFormat.InterfaceName), Required: true),
            new("link", new ScalarShape("InterfaceLink", ValueFormat.Link)),
            new("mode", Words("PortMode", "access", "trunk", "routed"), Required: true),
            new("vlans", new EitherShape("TrunkVlans", [
                Words("TrunkVlansAuto", "auto"),
                new ListShape("TrunkVlans", new ScalarShape("VlanId", ValueFormat.Integer)),
            ])),
            new("segment", new ScalarShape("AccessSegment", ValueFormat.SegmentName)),
            new("address", new ScalarShape("RoutedAddress", ValueFormat.InterfaceAddress)),
        ])), Required: true),
        new("nat-pool", new ObjectShape("NatPool", [
            new("from", Address("NatPoolFrom"), Required: true),
            new("to", Address("NatPoolTo"), Required: true),
        ])),
    ]);

    private static ScalarShape Number(Caption description) => new(description, ValueFormat.Integer);

    private static readonly Field[] ConnectionFields =
    [
        new("user", Text("SshUser")),
        new("port", Number("SshPort")),
        new("identity_file", Text("SshIdentityFile")),
        new("proxy_jump", Text("SshProxyJump")),
        new("password_env", Text("SshPasswordEnv")),
    ];

    public static readonly ObjectShape Collection = new("CollectionFile", [
        .. ConnectionFields,
        new("known_hosts", Text("KnownHosts")),
        new("parallelism", Number("Parallelism")),
        new("connect_timeout", Number("ConnectTimeout")),
        new("command_timeout", Number("CommandTimeout")),
        new("retries", Number("Retries")),
        new("max_output_bytes", Number("MaxOutputBytes")),
        new("key_exchange", new ListShape("KeyExchanges", Text("KeyExchange"))),
        new("ciphers", new ListShape("Ciphers", Text("Cipher"))),
        new("macs", new ListShape("Macs", Text("Mac"))),
        new("devices", new ListShape("DeviceOverrides", new ObjectShape("DeviceOverride", [
            new("hostname", new ScalarShape("OverrideHostname", ValueFormat.Hostname), Required: true),
            new("address", Text("OverrideAddress")),
            .. ConnectionFields,
        ]))),
        new("drift", new ObjectShape("DriftSettings", [
            new("ignore", new ListShape("DriftIgnores", Text("DriftIgnore"))),
        ])),
    ]);

    /// <summary>Every file kind with the glob it applies to, in the order <c>netcode schema</c> prints them.</summary>
    public static readonly IReadOnlyList<(string Name, string Glob, ObjectShape Shape)> Files =
    [
        ("network", "policy/network.yaml", Network),
        ("unit", "policy/units/*.yaml", Unit),
        ("services", "policy/services.yaml", Services),
        ("flows", "policy/flows.yaml", Flows),
        ("hosts", "policy/hosts/*.yaml", Hosts),
        ("device", "inventory/devices/*.yaml", Device),
        ("collection", "inventory/collection.yaml", Collection),
    ];
}
