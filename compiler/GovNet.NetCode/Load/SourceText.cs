using System.Buffers;
using System.Text.Unicode;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// Turns a file's bytes into text, refusing what is not a small UTF-8 text file before any YAML
/// parser sees it: oversized, binary, invalid UTF-8 and empty files each get their own diagnostic.
/// </summary>
public static class SourceText
{
    public const int MaxFileBytes = 1024 * 1024;

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(file),
                $"file is {bytes.Length:N0} bytes; policy files are limited to {MaxFileBytes:N0} bytes");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var at = PositionOf(chars.AsSpan(0, charsWritten), file);
                diagnostics.Error(Codes.InvalidUtf8, at, $"invalid UTF-8 at byte {bytesRead}; save the file as UTF-8");
                return null;
            }

            var text = new string(chars, 0, charsWritten);
            var control = text.AsSpan().IndexOfAnyInRange('\0', '\b');
            var more = text.AsSpan().IndexOfAny("\v\f\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");
            var first = control < 0 ? more : more < 0 ? control : Math.Min(control, more);
            if (first >= 0)
            {
                diagnostics.Error(Codes.BinaryFile, PositionOf(text.AsSpan(0, first), file),
                    $"control character U+{(int)text[first]:X4}: this looks like a binary file, not YAML");
                return null;
            }

            if (OnlyCommentsOrBlank(text))
            {
                diagnostics.Error(Codes.EmptyFile, SourceSpan.StartOf(file), "file is empty");
                return null;
            }

            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The line and column just after <paramref name="before"/>.</summary>
    private static SourceSpan PositionOf(ReadOnlySpan<char> before, string file)
    {
        var line = 1 + before.Count('\n');
        var lastBreak = before.LastIndexOf('\n');
        return new SourceSpan(file, line, before.Length - lastBreak);
    }

    /// <summary>
    /// Whether every line is blank or a comment. Scans in place: splitting every file into lines cost
    /// a tenth of the allocations of validating a large repository.
    /// </summary>
    private static bool OnlyCommentsOrBlank(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimStart();
            if (!line.IsEmpty && line[0] != '#')
            {
                return false;
            }
        }

        return true;
    }
}
