namespace GovNet.NetCode.Model;

/// <summary>
/// A breadth-first walk over devices (by hostname) from one root that goes only as far as the
/// questions asked of it need. A gateway's segments mostly hang just below it, so asking whether it
/// reaches them stops after a few devices instead of walking the whole plane once per gateway
/// (gateways × devices on a large network). Devices are discovered in the order a full walk would
/// discover them, so every answer, and every step recorded, is the full walk's.
/// </summary>
/// <typeparam name="TStep">What is recorded about the edge a device was first reached over.</typeparam>
public sealed class LazyWalk<TStep>
    where TStep : struct
{
    private readonly Func<string, IEnumerable<(string Next, TStep Step)>> edges;
    private readonly Dictionary<string, TStep?> entered;
    private readonly Queue<string> queue = new();

    /// <param name="root">Where the walk starts.</param>
    /// <param name="edges">The edges a device can be left over, in the order the walk tries them; only those the walk may follow.</param>
    public LazyWalk(string root, Func<string, IEnumerable<(string Next, TStep Step)>> edges)
    {
        this.edges = edges;
        entered = new(StringComparer.Ordinal) { [root] = null };
        queue.Enqueue(root);
    }

    /// <summary>Whether the walk reaches <paramref name="host"/>; walks on only until it does (or has nowhere left to go).</summary>
    public bool Reaches(string host)
    {
        while (!entered.ContainsKey(host) && queue.TryDequeue(out var at))
        {
            foreach (var (next, step) in edges(at))
            {
                if (entered.TryAdd(next, step))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return entered.ContainsKey(host);
    }

    /// <summary>The edge a reached device was first entered over; null for the root. Ask <see cref="Reaches"/> first.</summary>
    public TStep? EnteredOver(string host) => entered[host];
}
