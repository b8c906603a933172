using System.Text;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load;

namespace GovNet.NetCode.Render;

/// <summary>Reads template files from wherever the templates are (a folder, or a revision in memory) under the limits policy files have.</summary>
internal static class TemplateFiles
{
    /// <summary>The file's text with LF line ends, or null after reporting why it cannot be used.</summary>
    public static string? Text(ISourceTree folder, string file, string label, DiagnosticBag diagnostics)
    {
        switch (folder.Read(file, SourceText.MaxFileBytes))
        {
            case FileRead.Contents contents:
                // As File.ReadAllText reads them: UTF-8, a byte-order mark dropped.
                using (var reader = new StreamReader(new MemoryStream(contents.Bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                {
                    return reader.ReadToEnd().ReplaceLineEndings("\n");
                }

            case FileRead.LeavesTree:
                diagnostics.Error(Codes.LinkOutsideRepository, SourceSpan.StartOf(label),
                    Messages.Get("TemplateOutside"));
                return null;
            case FileRead.TooLarge:
                diagnostics.Error(Codes.FileTooLarge, SourceSpan.StartOf(label), Messages.Format("TemplateTooLarge", SourceText.MaxFileBytes));
                return null;
            case FileRead.Unreadable unreadable:
                diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(label), Messages.Format("CannotReadTemplate", unreadable.Reason));
                return null;
            default:
                throw new InvalidOperationException("a file read ended in a way the template reader does not know");
        }
    }
}
