using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Collect;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a plane's devices (<c>--shard I/N</c>, I from 0, as
/// a Kubernetes Indexed Job numbers its pods), chosen by a hash of the hostname: the same device
/// always falls in the same shard whatever the rest of the inventory, so adding a device moves no
/// other, and the N shards together hold every device exactly once.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public const int MaxCount = 4096;

    public static readonly Shard Whole = new(0, 1);

    /// <summary>Hostnames compare without case, as the inventory's do, so the hash is of the upper-case name.</summary>
    public bool Contains(string hostname)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(hostname.ToUpperInvariant()), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count) == Index;
    }

    /// <summary><c>I/N</c> with 0 ≤ I &lt; N ≤ <see cref="MaxCount"/>; otherwise null and why.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount
            && index < count)
        {
            error = null;
            return new Shard(index, count);
        }

        error = Messages.Format("ShardInvalid", text, MaxCount);
        return null;
    }

    public override string ToString() => $"{Index}/{Count}";
}
