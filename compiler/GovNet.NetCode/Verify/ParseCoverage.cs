using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Verify;

/// <summary>
/// A proof over half-understood configs is no proof: every line the parser did not understand
/// inside a section that affects forwarding or filtering is a finding, and so is every recognised
/// line that forwards in a way the verifier does not model (IPv6, stacked VLAN tags).
/// </summary>
public static class ParseCoverage
{
    public const string Property = "coverage";

    public sealed record FileCoverage(string File, int Lines, int Unparsed, int UnparsedForwarding)
    {
        public double Understood => Lines == 0 ? 1 : 1 - ((double)Unparsed / Lines);
    }

    public static FileCoverage Of(DeviceFacts facts) => new(
        facts.File,
        facts.ConfigLines,
        facts.Unparsed.Length,
        facts.Unparsed.Count(u => u.AffectsForwarding));

    public static IEnumerable<Finding> Check(VerifyInput input)
    {
        // Stryker disable once Linq : the verifier, this check's only caller, sorts every finding by position afterwards
        foreach (var facts in input.Facts.Values.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            if (!facts.Complete)
            {
                yield return new Finding(Codes.ConfigIncomplete, Property, Severity.Error, Messages.Format("ConfigIncomplete", facts.File),
                    new SourceSpan(facts.File, Math.Max(1, facts.ConfigLines), 1), [], null, null);
            }

            foreach (var line in facts.Unparsed.Where(u => u.AffectsForwarding))
            {
                yield return new Finding(Codes.LineNotUnderstood, Property, Severity.Error, Messages.Format("LineNotUnderstood", SecretMask.Apply(ParseText.SectionName(line.Section)), SecretMask.Apply(line.Text)),
                    new SourceSpan(facts.File, line.Line, 1), [], null, null);
            }

            // Layer-2 readers record their lines in the facts, routing readers in the routing facts; both are the same finding.
            foreach (var line in facts.Unproven.Concat(facts.Protocols.Unproven))
            {
                yield return new Finding(Codes.ForwardingNotProven, Property, Severity.Error, NotProven(line),
                    new SourceSpan(facts.File, line.Line, 1), [], null, null);
            }
        }
    }

    private static string NotProven(UnprovenLine line) => line.Kind switch
    {
        UnprovenKind.Ipv6 => Messages.Format("ForwardingNotProvenIpv6", SecretMask.Apply(ParseText.SectionName(line.Section)), SecretMask.Apply(line.Text)),
        UnprovenKind.StackedVlans => Messages.Format("ForwardingNotProvenStackedVlans", SecretMask.Apply(ParseText.SectionName(line.Section)), SecretMask.Apply(line.Text)),
        UnprovenKind.Mpls => Messages.Format("ForwardingNotProven", Messages.Get("UnprovenMpls"), SecretMask.Apply(line.Text)),
        UnprovenKind.Layer2Vpn => Messages.Format("ForwardingNotProven", Messages.Get("UnprovenLayer2Vpn"), SecretMask.Apply(line.Text)),
        UnprovenKind.Tunnel => Messages.Format("ForwardingNotProven", Messages.Get("UnprovenTunnel"), SecretMask.Apply(line.Text)),
        _ => Messages.Format("ForwardingNotProven", Messages.Get("UnprovenAclAutoOrder"), SecretMask.Apply(line.Text)),
    };
}
