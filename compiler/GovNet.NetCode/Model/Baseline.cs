using System.Collections.Immutable;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>
/// The security baseline every compiled config carries (等级保护 device hardening: 001 第一条, 002
/// 第十一/十四/十六/十九条), on unless a plane turns an item off, with a reason, for all its devices or
/// for some roles. <c>planes.&lt;plane&gt;.baseline</c> in policy/network.yaml.
/// </summary>
public sealed record BaselinePolicy(Located<int>? BlackholeVlan, ImmutableArray<BaselineOff> Off)
{
    /// <summary>Where unused ports are parked when the plane names no VLAN of its own and no segment of the plane uses it.</summary>
    public const int DefaultBlackholeVlan = 999;

    /// <summary>The highest VLAN a default black-hole VLAN may take when 999 is in use (4094 is reserved on some platforms).</summary>
    public const int HighestBlackholeVlan = 4093;

    public static readonly BaselinePolicy Default = new(null, []);

    /// <summary>Whether the item applies to a device of this role: on unless an entry turns it off for every role or for this one.</summary>
    public bool IsOn(string item, DeviceRole role) => !Off.Any(o => o.Item.Value == item && (o.Roles.IsEmpty || o.Roles.Any(r => r.Value == role)));
}

/// <summary>One baseline item turned off, for the roles listed (all when none), and why.</summary>
public sealed record BaselineOff(Located<string> Item, ImmutableArray<Located<DeviceRole>> Roles, Located<string> Reason, SourceSpan Span);

/// <summary>The baseline's items by the name network.yaml uses for them.</summary>
public static class BaselineItems
{
    public const string Banner = "banner";
    public const string VtyAcl = "vty-acl";
    public const string IdleTimeout = "idle-timeout";
    public const string LoginFailure = "login-failure";
    public const string SshAlgorithms = "ssh-algorithms";
    public const string CommandAccounting = "command-accounting";
    public const string Logging = "logging";
    public const string Stp = "stp";
    public const string LoopDetection = "loop-detection";
    public const string StormControl = "storm-control";
    public const string PortSecurity = "port-security";
    public const string DhcpSnooping = "dhcp-snooping";
    public const string UnusedPorts = "unused-ports";
    public const string Lldp = "lldp";
    public const string HttpOff = "http-off";
    public const string NoDtp = "no-dtp";
    public const string Vtp = "vtp";

    public static readonly ImmutableArray<string> All =
    [
        Banner, VtyAcl, IdleTimeout, LoginFailure, SshAlgorithms, CommandAccounting, Logging, Stp, LoopDetection,
        StormControl, PortSecurity, DhcpSnooping, UnusedPorts, Lldp, HttpOff, NoDtp, Vtp,
    ];
}
