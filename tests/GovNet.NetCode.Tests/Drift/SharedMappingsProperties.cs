using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using Xunit;

namespace GovNet.NetCode.Tests.Drift;

/// <summary>
/// Drift's comparison of two texts reads both through one set of line mappings (each distinct line
/// normalised and masked once for both sides): the differences must be those of the two sides prepared
/// each on its own, secrets masked alike, in every dialect.
/// </summary>
public sealed class SharedMappingsProperties
{
    private static readonly string[] Lines =
    [
        "#", "!", "interface GigabitEthernet0/0/1", " description uplink", " port link-type trunk", " shutdown",
        "vlan 10", " name users", "acl number 3000", " rule 5 permit ip", " rule 10 deny ip", "ip access-list extended X",
        " permit ip any any", " local-user admin password cipher %^%#abc%^%#", " password 7 0822455D0A16", "  snmp-agent community read cipher x",
        "sysname A", "hostname A", "ip route-static 10.0.0.0 255.0.0.0 10.1.1.1",
    ];

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(Gen.Elements(Lines), count)).Select(lines => string.Join('\n', lines));

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Fact]
    public void Comparing_two_texts_finds_what_their_trees_prepared_apart_differ_in()
    {
        Prop.ForAll(Arb.From(Texts), Arb.From(Texts), (intended, running) =>
        {
            foreach (var dialect in DialectRegistry.All)
            {
                var apart = ConfigComparer.Compare("h", dialect,
                    ConfigComparer.Prepare(dialect, intended, IgnorePatterns.None), ConfigComparer.Prepare(dialect, running, IgnorePatterns.None));
                Assert.Equal(JsonSerializer.Serialize(apart, Json), JsonSerializer.Serialize(ConfigComparer.Compare("h", dialect, intended, running, IgnorePatterns.None), Json));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
