using System.Buffers;
using System.Text;

namespace GovNet.NetCode.Render;

/// <summary>
/// A config's text as UTF-8 bytes in a pooled buffer, lent to <c>use</c> and returned after: rendering and
/// writing a build encode megabytes of configs, and a new array for each was most of that garbage.
/// </summary>
public static class PooledUtf8
{
    public static T With<T>(string text, Func<ReadOnlySpan<byte>, T> use)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return use(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
