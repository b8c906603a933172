using System.Buffers;
using System.Text.Unicode;
using GovNet.NetCode.Diagnostics;

namespace GovNet.NetCode.Load;

/// <summary>
/// Turns a file's bytes into text, refusing what is not a UTF-8 text file before any YAML parser
/// sees it: binary, invalid UTF-8 and empty files each get their own diagnostic. The size cap is
/// enforced where the file is read (<see cref="PolicyLoader"/>), so an oversized file is never loaded.
/// </summary>
public static class SourceText
{
    public const int MaxFileBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        // Windows editors save "Unicode" text as UTF-16; its NUL bytes would otherwise read as a binary file.
        if (bytes.StartsWith(Utf16LittleEndianBom) || bytes.StartsWith(Utf16BigEndianBom))
        {
            diagnostics.Error(Codes.InvalidUtf8, SourceSpan.StartOf(file), Messages.Get("FileIsUtf16"));
            return null;
        }

        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];

        // A NUL byte never occurs in UTF-8 text but in nearly every binary format (images, archives,
        // office documents), so it is looked for before decoding: a PNG is a binary file, not bad UTF-8.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(Codes.BinaryFile, PositionOf(System.Text.Encoding.UTF8.GetString(bytes[..nul]), file),
                Messages.Format("NulByte", bom + nul));
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var at = PositionOf(chars.AsSpan(0, charsWritten), file);
                diagnostics.Error(Codes.InvalidUtf8, at, Messages.Format("InvalidUtf8", bom + bytesRead));
                return null;
            }

            var text = new string(chars, 0, charsWritten);
            var control = text.AsSpan().IndexOfAnyInRange('\0', '\b');
            var more = text.AsSpan().IndexOfAny("\v\f\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");
            var first = control < 0 ? more : more < 0 ? control : Math.Min(control, more);
            if (first >= 0)
            {
                diagnostics.Error(Codes.BinaryFile, PositionOf(text.AsSpan(0, first), file),
                    Messages.Format("ControlCharacter", (int)text[first]));
                return null;
            }

            if (OnlyCommentsOrBlank(text))
            {
                diagnostics.Error(Codes.EmptyFile, SourceSpan.StartOf(file), Messages.Get("FileEmpty"));
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
