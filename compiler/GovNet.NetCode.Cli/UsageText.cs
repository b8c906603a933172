using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli;

/// <summary>What netcode says about its own command line, in the run's language (CliText resources).</summary>
internal static class UsageText
{
    public static string NoCommand => CliText.Get("UsageNoCommand");

    public static string SeeHelp => CliText.Get("UsageSeeHelp");

    public static string Error(string message) => CliText.Format("UsageError", message);

    public static string DidYouMean(string typed, string name) => CliText.Format("UsageDidYouMean", typed, name);
}
