using System.Text.RegularExpressions;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// What the tool knows about one vendor's configuration language. Each vendor is one folder under
/// Dialects/ and one line in <see cref="DialectRegistry"/>; later stages add their parser,
/// normaliser and session commands here.
/// </summary>
public abstract class Dialect
{
    /// <summary>The id used everywhere: inventory <c>vendor</c>, <c>templates/&lt;id&gt;/</c>, test case names.</summary>
    public abstract string Id { get; }

    /// <summary>Full names of the physical and aggregate ports an inventory may declare.</summary>
    protected abstract Regex PortName { get; }

    /// <summary>Examples shown when a name does not fit.</summary>
    public abstract string PortNameExamples { get; }

    public bool IsPortName(string name) => PortName.IsMatch(name);

    /// <summary>The advanced-ACL number range, or null when ACLs are named.</summary>
    public abstract (int First, int Last)? AclNumbers { get; }

    /// <summary>The gap between ACL rule sequence numbers, so rules can be inserted by hand.</summary>
    public abstract int AclRuleStep { get; }

    /// <summary>How a VLAN list is written: the word between a range's ends, between items, and how many items one command takes.</summary>
    public abstract (string RangeJoiner, string ItemSeparator, int ItemsPerLine) VlanListStyle { get; }

    /// <summary>Longest interface description the dialect accepts (we also cap at our own limit).</summary>
    public abstract int MaxDescription { get; }

    /// <summary>Reads a config of this dialect into vendor-neutral facts; never throws.</summary>
    public abstract Parsing.DeviceFacts Parse(string text, string file);

    /// <summary>The commands and CLI patterns used to pull the running config over SSH.</summary>
    public abstract SessionProfile Session { get; }

    /// <summary>The short port name used in descriptions of the far end (GE0/0/1).</summary>
    public abstract string ShortPortName(string name);
}
