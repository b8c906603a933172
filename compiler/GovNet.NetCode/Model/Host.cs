using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Model;

/// <summary>
/// A registered terminal (policy/hosts/*.yaml; 001 第二十二条, 004 第十六条: every terminal registered
/// with its IP, MAC, unit and person responsible): the access port it plugs into is bound to exactly
/// this address and card.
/// </summary>
public sealed record Host(
    Located<Ipv4Address> Address,
    Located<string> MacText,
    Located<string> Unit,
    Located<string> Zone,
    Located<string> Port,
    string Owner,
    string? Purpose,
    string File,
    SourceSpan Span)
{
    public string Segment => $"{Unit.Value}@{Zone.Value}";

    /// <summary>The card's address, or null when <see cref="MacText"/> is not a MAC (validation reports it).</summary>
    public MacAddress? Mac => MacAddress.TryParse(MacText.Value, out var mac) ? mac : null;

    /// <summary>The device and interface of <c>DEVICE:INTERFACE</c>, or null when the port is not written so (validation reports it).</summary>
    public (string Device, string Interface)? PortParts
    {
        get
        {
            var colon = Port.Value.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && colon < Port.Value.Length - 1 ? (Port.Value[..colon], Port.Value[(colon + 1)..]) : null;
        }
    }
}
