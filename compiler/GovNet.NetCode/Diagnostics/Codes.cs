namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// Stable diagnostic codes. A code never changes meaning once released; README.md beside this file documents
/// each one and a test checks that every code here is documented there and exercised by a test.
/// NC1xxx reading files, NC2xxx schema and identifiers, NC3xxx addressing (IPAM),
/// NC4xxx flows, NC5xxx references, inventory and topology, NC6xxx compiling and templates, NC70xx collection, NC71xx drift, NC8xxx plan,
/// NC9xxx verify findings (NC90xx parse coverage, NC91xx–NC95xx the properties P1–P5).
/// </summary>
public static class Codes
{
    // Reading files
    public const string MissingInput = "NC1001";
    public const string FileTooLarge = "NC1002";
    public const string InvalidUtf8 = "NC1003";
    public const string BinaryFile = "NC1004";
    public const string EmptyFile = "NC1005";
    public const string YamlSyntax = "NC1006";
    public const string TabIndentation = "NC1007";
    public const string AnchorOrAlias = "NC1008";
    public const string NestingTooDeep = "NC1009";
    public const string MultipleDocuments = "NC1010";
    public const string DuplicateKey = "NC1011";
    public const string LinkOutsideRepository = "NC1012";
    public const string AclNumberLine = "NC1013";

    // Reading device configs (netcode parse)
    public const string UnknownDialect = "NC1020";
    public const string DialectNotDetected = "NC1021";

    // Schema and identifiers
    public const string UnknownKey = "NC2101";
    public const string MissingKey = "NC2102";
    public const string WrongType = "NC2103";
    public const string NotAllowedValue = "NC2104";
    public const string InvalidIdentifier = "NC2105";
    public const string InvalidHostname = "NC2106";
    public const string DuplicateId = "NC2107";
    public const string InvalidDate = "NC2108";
    public const string InvalidText = "NC2109";
    public const string InvalidInterfaceName = "NC2110";
    public const string InvalidLink = "NC2111";
    public const string InvalidSegmentName = "NC2112";
    public const string LiteralSecret = "NC2150";

    // Addressing
    public const string InvalidAddress = "NC3101";
    public const string SubnetOverlap = "NC3102";
    public const string HostBitsSet = "NC3103";
    public const string SubnetOverlapAcrossPlanes = "NC3104";
    public const string GatewayOutsideSubnet = "NC3105";
    public const string GatewayNotHost = "NC3106";
    public const string VlanOutOfRange = "NC3107";
    public const string VlanReused = "NC3108";
    public const string TwoSegmentsInZone = "NC3109";
    public const string ServiceOutsideSegments = "NC3110";
    public const string ManagementOverlap = "NC3111";
    public const string ManagementAddressOutsideSubnet = "NC3112";
    public const string ManagementServerShared = "NC3113";
    public const string RoutedLinkMismatch = "NC3114";
    public const string AddressReused = "NC3115";

    // Flows
    public const string FlowSyntax = "NC4101";
    public const string UnknownSelectorTarget = "NC4102";
    public const string BadPorts = "NC4103";
    public const string FlowAcrossPlanes = "NC4104";
    public const string CrossZoneWithoutApproval = "NC4105";
    public const string InternetFromIsolatedPlane = "NC4106";
    public const string FlowExpired = "NC4107";
    public const string FlowOutsideNetwork = "NC4108";
    public const string UnitNotInZone = "NC4110";

    // References, inventory and topology
    public const string UnknownZone = "NC5101";
    public const string UnknownPlane = "NC5102";
    public const string UnknownSegment = "NC5103";
    public const string UnknownLinkTarget = "NC5104";
    public const string LinkNotSymmetric = "NC5105";
    public const string LinkAcrossPlanes = "NC5106";
    public const string InternetLinkNotEgress = "NC5107";
    public const string UnknownUpstream = "NC5108";
    public const string AccessPortOtherPlane = "NC5109";
    public const string SegmentWithoutGateway = "NC5110";
    public const string SegmentTwoGateways = "NC5111";
    public const string InterfaceOverlap = "NC5112";
    public const string InterfaceModeFields = "NC5113";
    public const string LinkModeMismatch = "NC5114";
    public const string GatewayUnreachable = "NC5115";
    public const string GatewayOnAccessDevice = "NC5116";
    public const string TrunkVlanNotAssigned = "NC5117";
    public const string LinkOnPortRange = "NC5118";

    // The host registry (policy/hosts/*.yaml)
    public const string HostMacInvalid = "NC5201";
    public const string HostUnknownUnit = "NC5202";
    public const string HostUnknownZone = "NC5203";
    public const string HostUnknownPort = "NC5204";
    public const string HostPortNotAccess = "NC5205";
    public const string HostAddressOutsideSegment = "NC5206";
    public const string HostAddressReserved = "NC5207";
    public const string HostAddressReused = "NC5208";
    public const string HostMacReused = "NC5209";

    // Hardware models and the security baseline
    public const string PortNotOnModel = "NC5301";
    public const string UnknownHardwareModel = "NC5302";
    public const string BaselineItemOff = "NC5303";
    // NAT at the egress (services.yaml 'public', a device's 'nat-pool')
    public const string PublishedOutsideInternetAccess = "NC5401";
    public const string NatAddressInPlane = "NC5402";
    public const string PublishedWithoutFlow = "NC5403";
    public const string PublishNotExpressible = "NC5404";
    public const string NatPoolNotEgress = "NC5405";
    public const string NatPoolBackwards = "NC5406";
    public const string NatNotCompiled = "NC5407";

    // Compiling and templates
    public const string TemplateSyntax = "NC6101";
    public const string TemplateBinding = "NC6102";
    public const string NotExpressible = "NC6103";
    public const string OutputNotWritten = "NC6104";
    public const string AclRulesRenumbered = "NC6105";
    public const string SecretNotFilled = "NC6150";

    // Collecting running configs (inventory/collection.yaml, netcode fetch, bundles)
    public const string CollectionValueOutOfRange = "NC7001";
    public const string CollectionUnknownDevice = "NC7002";
    public const string CollectionDuplicateDevice = "NC7003";
    public const string DriftIgnorePattern = "NC7004";
    public const string PasswordEnvNotSet = "NC7005";
    public const string IdentityFileMissing = "NC7006";
    public const string NoDevicesSelected = "NC7007";
    public const string BundleInvalid = "NC7008";
    public const string FetchOutputNotWritten = "NC7009";
    public const string CollectionSshArgument = "NC7010";
    public const string CollectionUnknownAlgorithm = "NC7011";
    public const string InvalidShard = "NC7012";

    // Drift
    public const string InvalidIgnorePattern = "NC7101";
    public const string RunningConfigNotInInventory = "NC7102";
    public const string RunningConfigMissing = "NC7103";
    public const string ArchiveFailed = "NC7104";
    public const string DriftReportNotWritten = "NC7105";
    public const string RunningConfigTwice = "NC7106";

    // Plan: comparing two Git revisions
    public const string UnknownRevision = "NC8001";
    public const string GitFailed = "NC8002";
    public const string BaseInvalid = "NC8003";

    // Verify: parse coverage (what the verifier could not read is not proven closed)
    public const string LineNotUnderstood = "NC9001";
    public const string ConfigIncomplete = "NC9002";
    public const string ConfigMissing = "NC9003";
    public const string WalkCutShort = "NC9004";
    public const string NatNotModelled = "NC9010";
    public const string ForwardingNotProven = "NC9008";

    // Verify: P1 physical isolation
    public const string CableJoinsPlanes = "NC9101";
    public const string AddressOfOtherPlane = "NC9102";
    public const string AddressOutsideIsolatedPlane = "NC9103";
    public const string RouteIntoOtherPlane = "NC9104";
    public const string IsolatedPlaneRoutesOut = "NC9105";
    public const string OtherPlaneToUnknownHop = "NC9106";
    public const string IsolatedPlaneToUnknownHop = "NC9107";
    public const string ManagementServerOfOtherPlane = "NC9108";
    public const string PacketsCrossPlanes = "NC9109";
    public const string PacketsLeaveIsolatedPlane = "NC9110";
    public const string RoutingAdjacencyJoinsPlanes = "NC9118";
    public const string NatJoinsPlanes = "NC9120";

    // Verify: P2 internet only through the egress
    public const string InternetRouteWithoutEgress = "NC9201";
    public const string UnknownHopWithoutEgress = "NC9202";
    public const string InternetPacketsWithoutEgress = "NC9203";
    public const string InternetPacketsUndeclared = "NC9204";
    public const string PublishedOutsideInternetAccessZone = "NC9210";

    // Verify: P3 zones, P4 least privilege, P5 labelled ports
    public const string CrossZonePacketsUndeclared = "NC9301";
    public const string ExpiredFlowStillPermitted = "NC9302";
    public const string DeclaredFlowBlocked = "NC9401";
    public const string InZonePacketsUndeclared = "NC9402";
    public const string PublishedPortUndeclared = "NC9410";
    public const string PortNotLabelled = "NC9501";
    public const string PortMayNegotiateTrunk = "NC9502";
    public const string PortCarriesOtherVlan = "NC9503";
}
