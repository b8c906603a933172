using System.Text;
using System.Text.RegularExpressions;
using GovNet.NetCode.Collect;
using LibGit2Sharp;

namespace GovNet.NetCode.Adapters.Git;

/// <summary>
/// The config archive (002 附件3 十七: archive the old configuration; 002 第十六条: keep audit records):
/// a Git repository holding one <c>HOSTNAME.cfg</c> per device, with one commit per run. Only adds
/// commits: nothing here amends, resets or forces. Commits through libgit2 in this process (no
/// hooks run, nothing is signed); a device that is not passed in keeps its previous file.
/// </summary>
public static partial class GitArchive
{
    /// <summary>Who commits when Git's configuration names nobody: a scheduled job usually runs without a user.</summary>
    private const string FallbackName = "netcode";

    private const string FallbackEmail = "netcode@localhost";

    /// <summary>The commit made, or the reason none was.</summary>
    public sealed record Outcome(string? Commit, string? Error);

    /// <param name="observed">Observed state (LLDP, MAC, ARP tables) kept beside the configs as observed/HOSTNAME.txt, so history shows when a host or a wire appeared.</param>
    public static Outcome Commit(string directory, IReadOnlyList<(string Hostname, string Text)> configs, string message, IReadOnlyList<(string Hostname, string Text)>? observed = null)
    {
        try
        {
            if (configs.Concat(observed ?? []).Select(c => c.Hostname).FirstOrDefault(h => !SafeHostname().IsMatch(h)) is { } bad)
            {
                return new Outcome(null, $"refusing to archive a config for hostname '{bad}': not a plain host name");
            }

            Directory.CreateDirectory(directory);
            if (!Directory.Exists(Path.Combine(directory, ".git")))
            {
                Repository.Init(directory);
            }

            using var repository = new Repository(directory);
            foreach (var (name, text) in configs.Select(c => (c.Hostname + ".cfg", c.Text)).Concat((observed ?? []).Select(o => (BundleManifest.ObservedPathOf(o.Hostname), o.Text))))
            {
                var target = Path.Combine(directory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(name)}.tmp-{Guid.NewGuid():N}");
                File.WriteAllText(temporary, text, new UTF8Encoding(false));
                File.Move(temporary, target, overwrite: true);
                repository.Index.Add(name);
            }

            repository.Index.Write();

            // A run that changed nothing is still recorded: the audit trail shows every check.
            var identity = Identity(directory);
            var commit = repository.Commit(Tidy(message), identity, identity, new CommitOptions { AllowEmptyCommit = true, PrettifyMessage = false });
            return new Outcome(commit.Sha, null);
        }
        catch (LibGit2SharpException e)
        {
            return new Outcome(null, $"git commit failed in {directory}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, e.Message);
        }
    }

    /// <summary>Git's configured user (repository, then global, then system) when it has an e-mail address, else netcode's own.</summary>
    private static Signature Identity(string directory)
    {
        // The files are named here, where libgit2 looks for them (its answer never reaches a native netcode: LibGit2Sharp issue 2187).
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } configHome ? configHome : Path.Combine(home, ".config");
        static string? Existing(string path) => File.Exists(path) ? path : null;
        using var config = Configuration.BuildFrom(
            Path.Combine(directory, ".git", "config"), Existing(Path.Combine(home, ".gitconfig")), Existing(Path.Combine(xdg, "git", "config")), Existing("/etc/gitconfig"));
        var email = config.Get<string>("user.email")?.Value;
        if (string.IsNullOrWhiteSpace(email))
        {
            return new Signature(FallbackName, FallbackEmail, DateTimeOffset.Now);
        }

        var name = config.Get<string>("user.name")?.Value;
        return new Signature(string.IsNullOrWhiteSpace(name) ? FallbackName : name, email, DateTimeOffset.Now);
    }

    /// <summary>
    /// The message as git_message_prettify leaves it (no comment stripping): trailing blanks cut, runs of empty lines made one,
    /// none at either end, a final line break. libgit2's own call gives an empty message in a native netcode (its result buffer is never read back).
    /// </summary>
    internal static string Tidy(string message)
    {
        var text = new StringBuilder();
        var gap = false;
        foreach (var line in message.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd(' ', '\t', '\v', '\f', '\r')))
        {
            if (line.Length == 0)
            {
                gap = text.Length > 0;
                continue;
            }

            text.Append(gap ? "\n" : "").Append(line).Append('\n');
            gap = false;
        }

        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeHostname();
}
