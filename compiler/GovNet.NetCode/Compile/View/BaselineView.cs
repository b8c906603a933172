using System.Collections.Immutable;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The security baseline of one device, decided in C#: which items are on for its plane and role,
/// the values they take, and the ports they touch. Templates only format; an item that is off (or
/// does not apply to the device) is false here and its lines are not written.
/// </summary>
public sealed record BaselineView(
    bool Banner,
    string BannerText,
    bool VtyAcl,
    string VtyAclId,
    string ManagementNetwork,
    string ManagementWildcard,
    bool IdleTimeout,
    int IdleMinutes,
    bool LoginFailure,
    int LoginAttempts,
    int LockMinutes,
    bool SshAlgorithms,
    bool CommandAccounting,
    bool Logging,
    bool Stp,
    ImmutableArray<string> RootGuardPorts,
    bool LoopDetection,
    bool StormControl,
    int StormPercent,
    bool PortSecurity,
    int MaxMacs,
    bool DhcpSnooping,
    bool SnoopingGlobal,
    ImmutableArray<int> SnoopingVlans,
    ImmutableArray<string> SnoopingExtraVlanLines,
    bool UnusedPorts,
    int BlackholeVlan,
    ImmutableArray<UnusedPortView> Unused,
    bool Lldp,
    bool HttpOff,
    bool NoDtp,
    bool Vtp,
    string DomainName,
    bool IpRouting);

/// <summary>A catalogue port the inventory does not declare: shut, labelled with the plane tag, parked in the black-hole VLAN on a switch.</summary>
public sealed record UnusedPortView(string Name, string Description, bool Park);
