using System.Text.RegularExpressions;
using GovNet.NetCode.Parsing;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// What the tool knows about one vendor's configuration language. Each vendor is one folder under
/// Dialects/ holding its parser, normaliser, session commands and numbering, and one line in
/// <see cref="DialectRegistry"/>.
/// </summary>
public abstract partial class Dialect
{
    /// <summary>The id used everywhere: inventory <c>vendor</c>, <c>templates/&lt;id&gt;/</c>, test case names.</summary>
    public abstract string Id { get; }

    /// <summary>Full names of the physical and aggregate ports an inventory may declare.</summary>
    protected abstract Regex PortName { get; }

    /// <summary>Examples shown when a name does not fit.</summary>
    public abstract string PortNameExamples { get; }

    public bool IsPortName(string name) => PortName.IsMatch(name);

    /// <summary>A port range as an inventory writes it, built from the first example (GigabitEthernet0/0/1-20).</summary>
    public string PortRangeExample => PortNameExamples.Split(", ")[0] + "-20";

    /// <summary>The hardware models of this vendor and their physical ports (see <see cref="HardwareCatalogue"/>).</summary>
    public virtual HardwareCatalogue Hardware => HardwareCatalogue.Empty;

    /// <summary>Whether this dialect's templates write NAT (outbound translation, published services) on an egress.</summary>
    public virtual bool CompilesNat => false;

    /// <summary>The advanced-ACL number range, or null when ACLs are named.</summary>
    public abstract (int First, int Last)? AclNumbers { get; }

    /// <summary>The gap between ACL rule sequence numbers, so rules can be inserted by hand.</summary>
    public abstract int AclRuleStep { get; }

    /// <summary>How a VLAN list is written: the word between a range's ends, between items, and how many items one command takes.</summary>
    public abstract (string RangeJoiner, string ItemSeparator, int ItemsPerLine) VlanListStyle { get; }

    /// <summary>Whether a VLAN carries a description of its own besides its name (IOS VLANs have a name only).</summary>
    public virtual bool VlanDescriptions => true;

    /// <summary>Longest interface description the dialect accepts (we also cap at our own limit).</summary>
    public abstract int MaxDescription { get; }

    /// <summary>
    /// Reads a config of this dialect into vendor-neutral facts, with every address it names for the
    /// census but those of ACL rules, which the census leaves to ACL semantics; never throws.
    /// </summary>
    public Parsing.DeviceFacts Parse(string text, string file)
    {
        var facts = Read(text, file);
        return facts with { Literals = AddressLiterals.Scan(text, facts.AclRuleLines()) };
    }

    /// <summary>The dialect's own reading of a config into facts; never throws.</summary>
    protected abstract Parsing.DeviceFacts Read(string text, string file);

    /// <summary>Lines (trimmed) that mark a config as this dialect's: detection counts them (see <see cref="DialectDetector"/>).</summary>
    protected abstract Regex Mark { get; }

    /// <summary>Whether a trimmed config line is written the way only this dialect writes it.</summary>
    public bool IsMark(string line) => Mark.IsMatch(line);

    /// <summary>The word that negates a command (<c>undo</c>, <c>no</c>): drift takes a line and its negation for one setting.</summary>
    public abstract string Negation { get; }

    /// <summary>The line that explicitly brings a port up: drift ranks it as widening access when policy shuts the port.</summary>
    public string NegatedShutdown => Negation + " shutdown";

    /// <summary>
    /// Statements that bind an ACL to an interface, a VTY or a service, including bindings the facts
    /// do not hold (management-plane filters): drift ranks one that went away as widening access.
    /// </summary>
    protected abstract Regex AclBinding { get; }

    public bool IsAclBinding(string line) => AclBinding.IsMatch(line);

    /// <summary>
    /// A regular expression (source) for the secret forms this dialect writes beyond the common
    /// keywords <see cref="SecretMask"/> knows: wrapped ciphers, hashes, its own secret keywords (a
    /// group named <c>keyword</c> keeps that word and masks the rest of the line). Named groups only:
    /// the patterns of all dialects are joined into one.
    /// </summary>
    public abstract string SecretPattern { get; }

    /// <summary>
    /// Words or characters at least one of which (ignoring ASCII case) every match of <see cref="SecretPattern"/>
    /// holds, so <see cref="SecretMask"/> can skip the pattern on a line holding none; empty (the default)
    /// runs it on every line.
    /// </summary>
    public virtual IReadOnlyList<string> SecretHints => [];

    /// <summary>Lines this dialect writes with a secret in them, and the secret: every one must be masked (tests run them all).</summary>
    public abstract IReadOnlyList<(string Line, string Secret)> SecretSamples { get; }

    /// <summary>The commands and CLI patterns used to pull the running config over SSH.</summary>
    public abstract SessionProfile Session { get; }

    /// <summary>The short port name used in descriptions of the far end (GE0/0/1).</summary>
    public abstract string ShortPortName(string name);

    /// <summary>
    /// Lines (trimmed) that differ between two pulls of one unchanged config: comment headers, byte
    /// counts, version banners, clock drift. Drift blanks them; timestamps are caught for every dialect.
    /// </summary>
    protected abstract Regex VolatileLine { get; }

    /// <summary>Section headers whose children are evaluated in order (ACL rules): drift compares them as a sequence, not a set.</summary>
    protected abstract Regex OrderedSection { get; }

    public bool IsOrderedSection(string header) => OrderedSection.IsMatch(header);

    /// <summary>
    /// One trimmed line in the spelling drift compares: what the device prints its own way but
    /// means the same (see <see cref="AclSpelling"/>) is written one way on both sides.
    /// </summary>
    protected abstract string Spelling(string line);

    /// <summary>
    /// An ordered section's line without the number that only places it (VRP/Comware "rule 5"):
    /// drift aligns rules on this, so a rule renumbered where it stands is told from one that moved.
    /// </summary>
    public virtual string RuleBody(string line) => line;

    /// <summary>
    /// The number that orders a rule where the device evaluates rules by number, not by where they
    /// stand (VRP/Comware "rule 5"); null where the order of the lines is the order.
    /// </summary>
    public virtual int? RuleNumber(string line) => null;

    /// <summary>
    /// The config as drift compares it: volatile lines blanked, runs of blanks folded, one spelling
    /// for ACL rules, every secret masked. The line count is kept, so line numbers still point at the device's own lines.
    /// </summary>
    public string Normalise(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = NormaliseLine(lines[i]);
        }

        return string.Join('\n', lines);
    }

    /// <summary>One line (without its line break) as <see cref="Normalise"/> writes it.</summary>
    public string NormaliseLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = LineBlanks.TrimEnd(text);
        var trimmed = LineBlanks.TrimStart(line);
        if (NormaliseTrimmed(trimmed) is not { } normal)
        {
            return string.Empty;
        }

        var indent = line.Length - trimmed.Length;
        return indent == 0 ? normal : string.Concat(text.AsSpan(0, indent), normal);
    }

    /// <summary>
    /// A line already without its padding as <see cref="NormaliseLine(string)"/> writes it, or null for
    /// a line it blanks: drift's tree cuts each line's padding off once and keeps the indentation itself.
    /// </summary>
    public string? NormaliseTrimmed(string trimmed)
    {
        ArgumentNullException.ThrowIfNull(trimmed);
        if (trimmed.Length == 0 || VolatileLine.IsMatch(trimmed) || (MayBeTimestamp(trimmed) && Timestamp().IsMatch(trimmed)))
        {
            return null;
        }

        return SecretMask.Apply(Spelling(HasBlanks(trimmed) ? Blanks().Replace(trimmed, " ") : trimmed));
    }

    // A line that starts with a date or a weekday/month and a time: the clock, not the config.
    [GeneratedRegex(@"^[*.]?((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? |\d{4}[-/]\d{2}[-/]\d{2}[ T]\d{1,2}:\d{2}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    // What Timestamp() needs first, after an optional * or .: a digit or the capital of a weekday or month.
    private static bool MayBeTimestamp(string line)
    {
        var first = line[0] is '*' or '.' && line.Length > 1 ? line[1] : line[0];
        return char.IsDigit(first) || first is 'M' or 'T' or 'W' or 'F' or 'S' or 'J' or 'A' or 'O' or 'N' or 'D';
    }

    private static bool HasBlanks(string line) => line.Contains("  ", StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal);

    [GeneratedRegex(@"[ \t]{2,}|\t", RegexOptions.CultureInvariant)]
    private static partial Regex Blanks();
}
