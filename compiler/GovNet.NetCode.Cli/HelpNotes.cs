using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli;

/// <summary>
/// The notes after --help (root, check, verify): what P1–P5 mean and what each exit code says, in
/// the run's language (CliText resources). The wording follows DESIGN.md's
/// isolation properties and exit codes.
/// </summary>
internal static class HelpNotes
{
    private static string Properties => CliText.Get("HelpNotesProperties");

    private static string AllExitCodes => CliText.Get("HelpNotesAllExitCodes");

    private static string VerifyExitCodes => CliText.Get("HelpNotesVerifyExitCodes");

    public static string? For(string command) => command switch
    {
        "netcode" => Join(Properties, AllExitCodes),
        "check" or "verify" => Join(Properties, VerifyExitCodes),
        _ => null,
    };

    private static string Join(params string[] sections) =>
        string.Join(Environment.NewLine + Environment.NewLine, sections) + Environment.NewLine;
}
