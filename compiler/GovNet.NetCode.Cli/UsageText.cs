namespace GovNet.NetCode.Cli;

/// <summary>What netcode says about its own command line, in one place (to move into resources with the other languages).</summary>
internal static class UsageText
{
    public const string NoCommand = "netcode: error: no command given";

    public const string SeeHelp = "Run 'netcode --help' for usage.";

    public static string Error(string message) => $"netcode: error: {message}";

    public static string DidYouMean(string typed, string name) => $"netcode: '{typed}': did you mean '{name}'?";
}
