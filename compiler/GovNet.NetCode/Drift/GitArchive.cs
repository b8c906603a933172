using System.ComponentModel;
using System.Text;
using System.Text.RegularExpressions;
using GovNet.NetCode.Plan;

namespace GovNet.NetCode.Drift;

/// <summary>
/// The config archive (002 附件3 十七: archive the old configuration; 002 第十六条: keep audit records):
/// a Git repository holding one <c>HOSTNAME.cfg</c> per device, with one commit per run. Only adds
/// commits: nothing here amends, resets or forces. Drives the <c>git</c> command line in a child
/// process; a device that is not passed in keeps its previous file.
/// </summary>
public static partial class GitArchive
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>The commit made, or the reason none was.</summary>
    public sealed record Outcome(string? Commit, string? Error);

    public static Outcome Commit(string directory, IReadOnlyList<(string Hostname, string Text)> configs, string message)
    {
        try
        {
            if (configs.Select(c => c.Hostname).FirstOrDefault(h => !SafeHostname().IsMatch(h)) is { } bad)
            {
                return new Outcome(null, $"refusing to archive a config for hostname '{bad}': not a plain host name");
            }

            Directory.CreateDirectory(directory);
            if (!Directory.Exists(Path.Combine(directory, ".git")) && Git(directory, "init", "--quiet") is { } initError)
            {
                return new Outcome(null, initError);
            }

            foreach (var (hostname, text) in configs)
            {
                var target = Path.Combine(directory, hostname + ".cfg");
                var temporary = Path.Combine(directory, $".{hostname}.cfg.tmp-{Guid.NewGuid():N}");
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                File.Move(temporary, target, overwrite: true);
            }

            if (configs.Count > 0 && Git(directory, ["add", "--", .. configs.Select(c => c.Hostname + ".cfg")]) is { } addError)
            {
                return new Outcome(null, addError);
            }

            // A run that changed nothing is still recorded: the audit trail shows every check.
            var identity = Run(directory, ["config", "--get", "user.email"]).ExitCode == 0
                ? Array.Empty<string>()
                : ["-c", "user.name=netcode", "-c", "user.email=netcode@localhost"];
            if (Git(directory, [.. identity, "commit", "--quiet", "--allow-empty", "--no-verify", "-m", message]) is { } commitError)
            {
                return new Outcome(null, commitError);
            }

            var head = Run(directory, ["rev-parse", "HEAD"]);
            return head.ExitCode == 0 ? new Outcome(head.Output.Trim(), null) : new Outcome(null, head.Error.Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Win32Exception or TimeoutException)
        {
            return new Outcome(null, e.Message);
        }
    }

    private static string? Git(string directory, params string[] arguments)
    {
        var result = Run(directory, arguments);
        return result.ExitCode == 0
            ? null
            : $"git {arguments.SkipWhile(a => a == "-c" || a.Contains('=', StringComparison.Ordinal)).FirstOrDefault()} failed in {directory}: {(result.Error + result.Output).Trim()}";
    }

    private static (int ExitCode, string Output, string Error) Run(string directory, string[] arguments) =>
        GitCli.RunToEnd(directory, arguments, Timeout);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeHostname();
}
