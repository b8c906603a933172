using System.Collections.Immutable;
using GovNet.NetCode.Model;
using GovNet.NetCode.Model.Flows;

namespace GovNet.NetCode.Verify.Layer3;

/// <summary>Collects what gets through, per source, destination and protocol, into a sorted <see cref="FlowMatrix"/>.</summary>
public sealed class MatrixBuilder
{
    private sealed class Cell(Endpoint from, Endpoint to, ImmutableArray<string> path)
    {
        public Endpoint From { get; } = from;

        public Endpoint To { get; } = to;

        public ImmutableArray<string> Path { get; } = path;

        public List<PortRange> Ports { get; } = [];

        public bool Portless { get; set; }
    }

    private readonly Dictionary<(string From, string To, Protocol Protocol), Cell> cells = [];

    public void Add(Endpoint from, Endpoint to, Protocol protocol, PortRange? ports, ImmutableArray<string> path)
    {
        if (!cells.TryGetValue((from.Name, to.Name, protocol), out var cell))
        {
            cells[(from.Name, to.Name, protocol)] = cell = new Cell(from, to, path);
        }

        if (ports is { } range)
        {
            cell.Ports.Add(range);
        }
        else
        {
            cell.Portless = true;
        }
    }

    /// <summary>
    /// Adds what another builder collected, as if its additions had been made here after this one's own: a cell new here
    /// is taken over as it is (its first path), ports join the end of the cell's list; <paramref name="later"/> is not used again.
    /// </summary>
    public void Merge(MatrixBuilder later)
    {
        foreach (var (key, cell) in later.cells)
        {
            if (!cells.TryAdd(key, cell))
            {
                var here = cells[key];
                here.Ports.AddRange(cell.Ports);
                here.Portless |= cell.Portless;
            }
        }
    }

    /// <summary>Whether the configs let every port of <paramref name="ports"/> (all, when empty) through for the protocol.</summary>
    public bool Permits(Endpoint from, Endpoint to, Protocol protocol, ImmutableArray<PortRange> ports)
    {
        if (!cells.TryGetValue((from.Name, to.Name, protocol), out var cell))
        {
            return false;
        }

        if (protocol is not (Protocol.Tcp or Protocol.Udp))
        {
            return cell.Portless;
        }

        var merged = PortSet.Merge(cell.Ports);
        var wanted = ports.IsEmpty ? [PacketClasses.AllPorts] : ports;
        return wanted.All(w => merged.Any(m => m.From <= w.From && w.To <= m.To));
    }

    public FlowMatrix Build()
    {
        var entries = new List<MatrixEntry>();
        foreach (var ((_, _, protocol), cell) in cells)
        {
            // Stryker disable once Logical : a cell's protocol either has ports (every entry brings a range) or has none (every entry is port-less), never both
            if (cell.Portless || cell.Ports.Count == 0)
            {
                entries.Add(new MatrixEntry(cell.From, cell.To, protocol, null, cell.Path));
            }

            entries.AddRange(PortSet.Merge(cell.Ports).Select(range => new MatrixEntry(cell.From, cell.To, protocol, range, cell.Path)));
        }

        return new FlowMatrix([.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)]);
    }
}
