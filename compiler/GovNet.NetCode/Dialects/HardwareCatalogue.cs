using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GovNet.NetCode.Dialects;

/// <summary>
/// One hardware model: its physical ports in front-panel order, and whether it routes out of the box
/// (Catalyst 9000 runs <c>ip routing</c> by default, so a default route, not <c>ip default-gateway</c>,
/// reaches other subnets).
/// </summary>
public sealed record HardwareModel(string Name, ImmutableArray<string> Ports, bool RoutesByDefault = false)
{
    private readonly FrozenSet<string> portSet = Ports.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool HasPort(string name) => portSet.Contains(name);

    /// <summary>The ports as runs (GigabitEthernet1/0/1-48, GigabitEthernet1/1/1-4), for a message.</summary>
    public string Summary()
    {
        var runs = new List<(string Prefix, int First, int Last)>();
        foreach (var port in Ports)
        {
            var digits = port.Length;
            while (digits > 0 && char.IsAsciiDigit(port[digits - 1]))
            {
                digits--;
            }

            var number = int.Parse(port.AsSpan(digits), System.Globalization.CultureInfo.InvariantCulture);
            if (runs.Count > 0 && runs[^1].Prefix == port[..digits] && runs[^1].Last == number - 1)
            {
                runs[^1] = runs[^1] with { Last = number };
            }
            else
            {
                runs.Add((port[..digits], number, number));
            }
        }

        return string.Join(", ", runs.Select(r => r.First == r.Last ? $"{r.Prefix}{r.First}" : $"{r.Prefix}{r.First}-{r.Last}"));
    }
}

/// <summary>
/// The models a dialect knows (models → physical ports): validation refuses a port the model does not
/// have, and compile shuts down, labels and parks every catalogue port the inventory does not declare.
/// Logical interfaces (aggregates, VLAN interfaces, loopbacks) and sub-interfaces are not in it and not checked.
/// </summary>
public sealed class HardwareCatalogue(IEnumerable<HardwareModel> models, IEnumerable<string> logicalPrefixes)
{
    public static readonly HardwareCatalogue Empty = new([], []);

    private readonly FrozenDictionary<string, HardwareModel> byName = models.ToFrozenDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableArray<string> logical = [.. logicalPrefixes];

    public IEnumerable<string> ModelNames => byName.Keys.Order(StringComparer.Ordinal);

    public HardwareModel? Find(string? model) => model is not null && byName.TryGetValue(model, out var found) ? found : null;

    /// <summary>Whether a declared name is a physical port the catalogue speaks for (not an aggregate, VLAN interface or sub-interface).</summary>
    public bool IsPhysical(string name) =>
        !name.Contains('.', StringComparison.Ordinal) && !logical.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>prefix</c> + first … last, as a port list of one card or panel row.</summary>
    public static IEnumerable<string> Range(string prefix, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => prefix + n);
}
