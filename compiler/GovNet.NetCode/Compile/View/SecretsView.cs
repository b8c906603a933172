using GovNet.NetCode.Dialects;

namespace GovNet.NetCode.Compile.View;

/// <summary>
/// The accounts and keys a device needs to be managed safely, as the names the templates write and
/// the <see cref="SecretPlaceholder"/>s that stand for their secrets: the local break-glass account
/// (reached when every TACACS server is down), the enable secret, the TACACS+ shared key,
/// the SNMPv3 user's authentication and privacy keys and the NTP authentication key. Secrets are
/// per plane (<c>NETCODE_SECRET_EXTERNAL_TACACS_KEY</c>), so a deploy host inside one plane holds
/// that plane's secrets only. No secret value ever reaches a view.
/// </summary>
public sealed record SecretsView(
    string LocalUser,
    string LocalPassword,
    string EnableSecret,
    string TacacsKey,
    string SnmpUser,
    string SnmpAuthKey,
    string SnmpPrivKey,
    int NtpKeyId,
    string NtpKey)
{
    /// <summary>The break-glass account's name on every device.</summary>
    public const string BreakGlassUser = "netcode-admin";

    /// <summary>The SNMPv3 user (and its group and view) that trap targets name.</summary>
    public const string SnmpUserName = "netcode";

    public static SecretsView For(string plane)
    {
        string Secret(string kind) => SecretPlaceholder.For($"{plane}_{kind}");
        return new SecretsView(
            BreakGlassUser,
            Secret("LOCAL_PASSWORD"),
            Secret("ENABLE_SECRET"),
            Secret("TACACS_KEY"),
            SnmpUserName,
            Secret("SNMP_AUTH_KEY"),
            Secret("SNMP_PRIV_KEY"),
            1,
            Secret("NTP_KEY"));
    }
}
