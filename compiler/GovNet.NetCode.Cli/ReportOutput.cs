using GovNet.NetCode.Cli.Resources;
using GovNet.NetCode.Report;

namespace GovNet.NetCode.Cli;

/// <summary>Where a command's report goes: standard output, or the <c>--out</c> file, written whole or not at all.</summary>
internal static class ReportOutput
{
    /// <returns>False, with the reason on standard error, when the file cannot be written; nothing is left behind then.</returns>
    public static bool Emit(string command, string report, FileInfo? output)
    {
        if (output is null)
        {
            Terminal.Out.Write(report);
            return true;
        }

        try
        {
            AtomicFile.WriteAllText(output.FullName, report);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine(CliText.Format("ReportNotWritten", command, output.FullName, e.Message));
            return false;
        }
    }
}
