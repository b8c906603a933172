using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;

namespace GovNet.NetCode.Load;

/// <summary>
/// The files of one folder that <see cref="PolicyLoader"/> reads in one parallel loop with the others
/// (units, hosts, devices: one loop keeps both cores busy across the folders' ends): what each file
/// bound to and what it reported, kept per file until <see cref="Collect"/> hands them over in file order.
/// </summary>
internal interface IPolicyFileBatch
{
    IReadOnlyList<string> Files { get; }

    /// <summary>Parses, shape-checks and binds file <paramref name="index"/>; safe on any thread, once per file.</summary>
    void Load(int index, FileRead read);
}

/// <inheritdoc cref="IPolicyFileBatch"/>
internal sealed class PolicyFileBatch<T>(
    IReadOnlyList<string> files, ObjectShape shape, Func<YamlMapping, string, DiagnosticBag, IEnumerable<T>> bind) : IPolicyFileBatch
{
    private readonly DiagnosticBag[] bags = new DiagnosticBag[files.Count];
    private readonly List<T>?[] bound = new List<T>?[files.Count];

    public IReadOnlyList<string> Files => files;

    public void Load(int index, FileRead read)
    {
        var bag = bags[index] = new DiagnosticBag();
        bound[index] = PolicyLoader.Parse(read, files[index], shape, bag) is { } root ? [.. bind(root, files[index], bag)] : null;
    }

    /// <summary>What the files bound to, in file order, their diagnostics added to <paramref name="diagnostics"/> in the same order.</summary>
    public List<T> Collect(DiagnosticBag diagnostics)
    {
        var all = new List<T>();
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(bags[i].Items);
            all.AddRange(bound[i] ?? []);
        }

        return all;
    }
}
