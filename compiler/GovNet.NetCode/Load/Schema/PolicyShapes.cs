using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Load.Schema;

/// <summary>The shapes of the policy format v1 files (policy/README.md is the prose of this file).</summary>
public static class PolicyShapes
{
    private static ScalarShape Text(string description) => new(description, ValueFormat.Text);

    private static ScalarShape Id(string description) => new(description, ValueFormat.Identifier);

    private static ScalarShape Address(string description) => new(description, ValueFormat.Ipv4Address);

    private static ScalarShape Prefix(string description) => new(description, ValueFormat.Ipv4Prefix);

    private static ScalarShape Words(string description, params string[] words) => new(description, ValueFormat.Word, [.. words]);

    private static ListShape ServerList(string description) => new($"{description} servers", Address($"{description} server address"));

    public static readonly ObjectShape Network = new("network file", [
        new("network", Id("network identifier"), Required: true),
        new("title", Text("title of the network")),
        new("planes", new MapShape("planes", new ObjectShape("plane", [
            new("title", Text("title of the plane")),
            new("internet", Words("how the plane reaches the internet", "via-egress", "none"), Required: true),
            new("upstream", new MapShape("upstream networks", new ObjectShape("upstream network", [
                new("title", Text("title of the upstream network")),
                new("prefixes", new ListShape("prefixes reached through the upstream", Prefix("upstream prefix")), Required: true),
            ]))),
            new("management", new ObjectShape("management services", [
                new("subnet", Prefix("management subnet"), Required: true),
                new("vlan", new ScalarShape("management VLAN", ValueFormat.Integer)),
                new("gateway", Address("management gateway")),
                new("ntp", ServerList("NTP")),
                new("syslog", ServerList("syslog")),
                new("aaa", ServerList("AAA")),
                new("snmp", ServerList("SNMP")),
                new("dns", ServerList("DNS")),
            ]), Required: true),
        ])), Required: true),
        new("zones", new MapShape("zones", new ObjectShape("zone", [
            new("plane", Id("plane of the zone"), Required: true),
            new("title", Text("title of the zone")),
            new("role", Words("role of the zone", "internet-access")),
            new("intra", Words("whether segments of the zone reach each other without a declared flow", "deny", "permit")),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Unit = new("unit file", [
        new("id", Id("unit identifier"), Required: true),
        new("title", Text("title of the unit")),
        new("segments", new ListShape("segments", new ObjectShape("segment", [
            new("zone", Id("zone of the segment"), Required: true),
            new("vlan", new ScalarShape("VLAN id (2-4094)", ValueFormat.Integer), Required: true),
            new("subnet", Prefix("subnet of the segment"), Required: true),
            new("gateway", Address("gateway address (default: first host)")),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Services = new("services file", [
        new("services", new MapShape("services", new ObjectShape("service", [
            new("title", Text("title of the service")),
            new("zone", Id("zone of the service"), Required: true),
            new("address", Address("address of the service"), Required: true),
            new("ports", new ListShape("ports of the service", new ScalarShape("service port (tcp/443, udp/53, icmp, ip)", ValueFormat.ServicePort))),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Hosts = new("hosts file", [
        new("hosts", new ListShape("registered terminals", new ObjectShape("host", [
            new("ip", Address("address of the host"), Required: true),
            new("mac", new ScalarShape("MAC address (aabb-ccdd-eeff, aa:bb:cc:dd:ee:ff or aabb.ccdd.eeff)", ValueFormat.MacAddress), Required: true),
            new("unit", Id("unit of the host"), Required: true),
            new("zone", Id("zone of the host's segment"), Required: true),
            new("port", new ScalarShape("access port the host plugs into (DEVICE:INTERFACE)", ValueFormat.HostPort), Required: true),
            new("owner", Text("person responsible (负责人)"), Required: true),
            new("purpose", Text("what the host is for")),
        ])), Required: true),
    ]);

    private static readonly ScalarShape FlowRule = new("flow rule: permit|deny PROTO[/PORTS] from SELECTOR to SELECTOR", ValueFormat.FlowRule);

    public static readonly ObjectShape Flows = new("flows file", [
        new("flows", new ListShape("flows", new EitherShape("flow", [
            FlowRule,
            new ObjectShape("flow", [
                new("id", Id("flow identifier")),
                new("rule", FlowRule, Required: true),
                new("expires", new ScalarShape("expiry date (YYYY-MM-DD)", ValueFormat.Date)),
                new("approval", Text("approval reference (document number)")),
                new("title", Text("title of the flow")),
            ]),
        ])), Required: true),
    ]);

    public static readonly ObjectShape Device = new("device file", [
        new("hostname", new ScalarShape("hostname", ValueFormat.Hostname), Required: true),
        new("vendor", Words("vendor dialect", [.. DialectRegistry.All.Select(d => d.Id)]), Required: true),
        new("model", Text("hardware model")),
        new("plane", Id("plane of the device"), Required: true),
        new("role", Words("role of the device", "core", "distribution", "access", "egress"), Required: true),
        new("site", Text("site of the device")),
        new("management", Address("management address"), Required: true),
        new("gateway-for", new EitherShape("segments whose gateway lives here", [
            Words("all segments of the plane", "all"),
            new ListShape("segments whose gateway lives here", new ScalarShape("segment UNIT@ZONE", ValueFormat.SegmentName)),
        ])),
        new("interfaces", new ListShape("interfaces", new ObjectShape("interface", [
            new("name", new ScalarShape($"interface name or range ({DialectRegistry.All[0].PortRangeExample})", ValueFormat.InterfaceName), Required: true),
            new("link", new ScalarShape("far end: HOST:PORT, internet or upstream:NAME", ValueFormat.Link)),
            new("mode", Words("port mode", "access", "trunk", "routed"), Required: true),
            new("vlans", new EitherShape("VLANs a trunk carries", [
                Words("VLANs needed beyond this port", "auto"),
                new ListShape("VLANs a trunk carries", new ScalarShape("VLAN id", ValueFormat.Integer)),
            ])),
            new("segment", new ScalarShape("segment of an access port (UNIT@ZONE)", ValueFormat.SegmentName)),
            new("address", new ScalarShape("address of a routed port (A.B.C.D/N)", ValueFormat.InterfaceAddress)),
        ])), Required: true),
    ]);

    private static ScalarShape Number(string description) => new(description, ValueFormat.Integer);

    private static readonly Field[] ConnectionFields =
    [
        new("user", Text("SSH user")),
        new("port", Number("SSH port (1-65535)")),
        new("identity_file", Text("private key file for SSH (never the key itself)")),
        new("proxy_jump", Text("bastion host the connection goes through, [USER@]HOST[:PORT], such as ops@bastion:22")),
        new("password_env", Text("name of the environment variable holding the SSH password (read from the environment only)")),
    ];

    public static readonly ObjectShape Collection = new("collection file", [
        .. ConnectionFields,
        new("known_hosts", Text("known_hosts file pinning the devices' host keys (default inventory/known_hosts)")),
        new("parallelism", Number("devices pulled at the same time (1-256)")),
        new("connect_timeout", Number("seconds to wait for the SSH connection (1-3600)")),
        new("command_timeout", Number("seconds one device's whole session may take (1-3600)")),
        new("retries", Number("further attempts after a failed pull (0-10)")),
        new("max_output_bytes", Number("most bytes one device's session may send before it fails (1024-1073741824; default 64 MiB)")),
        new("key_exchange", new ListShape("key-exchange algorithms in order of preference (default: the SSH library's order, post-quantum hybrid first)", Text("key-exchange algorithm name"))),
        new("ciphers", new ListShape("ciphers in order of preference (default: the SSH library's order)", Text("cipher name"))),
        new("macs", new ListShape("MAC algorithms in order of preference (default: the SSH library's order)", Text("MAC algorithm name"))),
        new("devices", new ListShape("per-device overrides", new ObjectShape("device override", [
            new("hostname", new ScalarShape("hostname of an inventory device", ValueFormat.Hostname), Required: true),
            new("address", Text("address or name to connect to instead of the management address")),
            .. ConnectionFields,
        ]))),
        new("drift", new ObjectShape("drift settings", [
            new("ignore", new ListShape("patterns of config lines the tool does not manage", Text("regular expression matched against a config line"))),
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
