using System.Buffers;

namespace GovNet.NetCode.Report;

/// <summary>Compares a file with bytes in memory without reading it into a new array or decoding it.</summary>
public static class FileBytes
{
    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="bytes"/>; I/O errors are the caller's.</summary>
    public static bool Hold(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0)
            {
                read += n;
            }

            return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
