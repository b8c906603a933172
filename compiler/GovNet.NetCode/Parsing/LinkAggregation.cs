namespace GovNet.NetCode.Parsing;

/// <summary>
/// A member port of a link aggregation forwards as the aggregate interface does: the aggregate's
/// mode, VLANs, addresses and filters apply to every member's cable, so all members' far ends share
/// the aggregate's broadcast domain. The same for every dialect.
/// </summary>
public static class LinkAggregation
{
    /// <summary>
    /// What a cabled port forwards: the port itself, or for a member the aggregate's settings under the
    /// member's name and line, shut when either is shut, and still naming its aggregate (so a routed
    /// aggregate is one domain whichever member a cable reaches). A member whose aggregate the config
    /// never declares keeps its own settings.
    /// </summary>
    public static InterfaceFact AsCabled(IEnumerable<InterfaceFact> interfaces, InterfaceFact port)
    {
        ArgumentNullException.ThrowIfNull(port);
        if (port.Aggregate is not { } name)
        {
            return port;
        }

        var aggregate = interfaces.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        return aggregate is null ? port : aggregate with
            {
                Name = port.Name,
                Line = port.Line,
                Description = port.Description,
                Shutdown = port.Shutdown || aggregate.Shutdown,
                Aggregate = aggregate.Name,
            };
    }
}
