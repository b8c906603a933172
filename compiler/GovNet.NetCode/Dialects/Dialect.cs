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
}
