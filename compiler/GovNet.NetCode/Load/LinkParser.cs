using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load;

/// <summary>Reads a <c>link</c> value: <c>HOST:PORT</c>, <c>internet</c> or <c>upstream:NAME</c>.</summary>
public static class LinkParser
{
    public static bool TryParse(string value, out LinkEnd end)
    {
        end = new InternetLinkEnd();
        if (value == "internet")
        {
            return true;
        }

        if (value.StartsWith("upstream:", StringComparison.Ordinal))
        {
            var name = value["upstream:".Length..];
            end = new UpstreamLinkEnd(name);
            return Formats.IsIdentifier(name);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            return false;
        }

        var host = value[..colon];
        var port = value[(colon + 1)..];
        end = new DeviceLinkEnd(host, port);
        return Formats.IsHostname(host) && !port.Any(char.IsWhiteSpace);
    }
}
