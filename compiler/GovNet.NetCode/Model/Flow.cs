using System.Collections.Immutable;
using System.Globalization;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>A declared flow (policy/flows.yaml). Everything not declared is denied.</summary>
public sealed record Flow(
    Located<string> Id,
    FlowRule Rule,
    Located<DateOnly>? Expires,
    Located<string>? Approval,
    string? Title,
    SourceSpan Span);

public enum FlowAction
{
    Permit,
    Deny,
}

public enum Protocol
{
    Ip,
    Tcp,
    Udp,
    Icmp,
}

/// <summary>The policy format's protocol words.</summary>
public static class ProtocolNames
{
    public static Protocol? Parse(string word) => word switch
    {
        "ip" => Protocol.Ip,
        "tcp" => Protocol.Tcp,
        "udp" => Protocol.Udp,
        "icmp" => Protocol.Icmp,
        _ => null,
    };
}

/// <summary>An inclusive port range; a single port has <c>From == To</c>.</summary>
public readonly record struct PortRange(int From, int To) : ISpanFormattable
{
    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        From == To
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"{From}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{From}-{To}", out charsWritten);
}

/// <summary>The parsed one-line rule <c>permit|deny PROTO[/PORTS] from SELECTOR to SELECTOR</c>, every part located.</summary>
public sealed record FlowRule(
    Located<FlowAction> Action,
    Located<Protocol> Protocol,
    Located<ImmutableArray<PortRange>>? Ports,
    Located<Selector> From,
    Located<Selector> To,
    string Text);

/// <summary>One end of a flow.</summary>
public abstract record Selector
{
    public abstract override string ToString();
}

public sealed record UnitSelector(string Unit, string? Zone) : Selector
{
    public override string ToString() => Zone is null ? $"unit:{Unit}" : $"unit:{Unit}@{Zone}";
}

public sealed record ZoneSelector(string Zone) : Selector
{
    public override string ToString() => $"zone:{Zone}";
}

public sealed record ServiceSelector(string Service) : Selector
{
    public override string ToString() => $"service:{Service}";
}

public sealed record InternetSelector : Selector
{
    public override string ToString() => "internet";
}

public sealed record UpstreamSelector(string Upstream) : Selector
{
    public override string ToString() => $"upstream:{Upstream}";
}

public sealed record CidrSelector(Ipv4Prefix Prefix) : Selector
{
    public override string ToString() => $"cidr:{Prefix}";
}
