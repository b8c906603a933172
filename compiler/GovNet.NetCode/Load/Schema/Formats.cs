using System.Globalization;
using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load.Schema;

/// <summary>
/// The scalar formats of the policy files: how each is checked, what code a bad value gets and the
/// JSON Schema pattern editors use. Flow rules, service ports and interface names are checked by
/// their own parsers, which know more than a pattern can say.
/// </summary>
public static partial class Formats
{
    public const int MaxIdentifierLength = 63;
    public const int MaxTextLength = 200;

    public const string IdentifierPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string HostnamePattern = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$";
    public const string Ipv4Pattern = @"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$";
    public const string PrefixPattern = @"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}/(3[0-2]|[12]?[0-9])$";
    public const string SegmentPattern = "^[a-z0-9]+(-[a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*$";
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    // Device file names become config file names; these are reserved on Windows file systems.
    private static readonly HashSet<string> ReservedFileNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    [GeneratedRegex(IdentifierPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierRegex();

    [GeneratedRegex(HostnamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HostnameRegex();

    public static bool IsIdentifier(string value) =>
        value.Length <= MaxIdentifierLength && IdentifierRegex().IsMatch(value);

    public static bool IsHostname(string value) =>
        HostnameRegex().IsMatch(value) && !ReservedFileNames.Contains(value);

    public static bool IsSegmentName(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && IsIdentifier(value[..at]) && IsIdentifier(value[(at + 1)..]);
    }

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseInteger(YamlScalar scalar, out int value)
    {
        value = 0;
        return scalar.IsPlain && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInterfaceAddress(string value, out InterfaceAddress address)
    {
        address = default;
        if (!Ipv4Prefix.TryParseParts(value, out var ip, out var length))
        {
            return false;
        }

        address = new InterfaceAddress(ip, length);
        return true;
    }

    /// <summary>The first character that may not stand in a title, or -1.</summary>
    public static int IndexOfForbiddenTextCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Checks a scalar's format; returns false after reporting what is wrong.</summary>
    public static bool Check(YamlScalar scalar, ValueFormat format, string what, DiagnosticBag diagnostics)
    {
        var value = scalar.Value;
        switch (format)
        {
            case ValueFormat.Text:
                var bad = IndexOfForbiddenTextCharacter(value);
                if (bad >= 0)
                {
                    return Fail(Codes.InvalidText, Messages.Format("TextControlCharacter", what, (int)value[bad]));
                }

                return value.Length <= MaxTextLength ||
                       Fail(Codes.InvalidText, Messages.Format("TextTooLong", what, value.Length, MaxTextLength));
            case ValueFormat.Identifier:
                return IsIdentifier(value) || Fail(Codes.InvalidIdentifier,
                    Messages.Format("NotIdentifier", what, Clip(value), MaxIdentifierLength));
            case ValueFormat.Hostname:
                if (ReservedFileNames.Contains(value))
                {
                    return Fail(Codes.InvalidHostname, Messages.Format("ReservedHostname", value));
                }

                return IsHostname(value) || Fail(Codes.InvalidHostname,
                    Messages.Format("BadHostname", Clip(value)));
            case ValueFormat.Integer:
                return TryParseInteger(scalar, out _) || Fail(Codes.WrongType, Messages.Format("NotInteger", what, Clip(value)));
            case ValueFormat.Date:
                return TryParseDate(value, out _) || Fail(Codes.InvalidDate, Messages.Format("NotDate", what, Clip(value)));
            case ValueFormat.Ipv4Address:
                return Ipv4Address.TryParse(value, out _) || Fail(Codes.InvalidAddress, Messages.Format("NotAddress", what, Clip(value)));
            case ValueFormat.Ipv4Prefix:
                if (!Ipv4Prefix.TryParseParts(value, out var network, out var length))
                {
                    return Fail(Codes.InvalidAddress, Messages.Format("NotPrefix", what, Clip(value)));
                }

                var proper = Ipv4Prefix.Containing(network, length);
                return proper.Network == network ||
                       Fail(Codes.HostBitsSet, Messages.Format("HostBitsSet", what, value, proper));
            case ValueFormat.InterfaceAddress:
                return TryParseInterfaceAddress(value, out _) ||
                       Fail(Codes.InvalidAddress, Messages.Format("NotInterfaceAddress", what, Clip(value)));
            case ValueFormat.SegmentName:
                return IsSegmentName(value) || Fail(Codes.InvalidSegmentName, Messages.Format("NotSegmentName", what, Clip(value)));
            case ValueFormat.Link:
                return LinkParser.TryParse(value, out _) || Fail(Codes.InvalidLink,
                    Messages.Format("BadLink", Clip(value)));
            default:
                return true;
        }

        bool Fail(string code, string message)
        {
            diagnostics.Error(code, scalar.Span, message);
            return false;
        }
    }

    /// <summary>Keeps hostile over-long values out of messages.</summary>
    public static string Clip(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
