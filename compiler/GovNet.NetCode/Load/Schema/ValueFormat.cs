namespace GovNet.NetCode.Load.Schema;

/// <summary>The formats a scalar value may be required to have; each has its own parser in <see cref="Formats"/>.</summary>
public enum ValueFormat
{
    Text,
    Word,
    Identifier,
    Hostname,
    Integer,
    Date,
    Ipv4Address,
    Ipv4Prefix,
    InterfaceAddress,
    SegmentName,
    Link,
    InterfaceName,
    ServicePort,
    FlowRule,

    // Host registry values: the loader only describes them (JSON Schema); the host rules check them, with their own codes.
    MacAddress,
    HostPort,
}
