namespace GovNet.NetCode.Plan;

/// <summary>
/// The plan stage: materialise the base revision (and head, unless head is the working tree) from Git
/// into temporary folders, build both, and compare them.
/// </summary>
public static class Planner
{
    /// <summary>Throws <see cref="GitException"/> for an unknown revision or a Git failure.</summary>
    public static PlanResult Run(string repository, string baseRevision, string? headRevision, string shippedTemplates, DateOnly today)
    {
        var git = new GitCli(repository);
        var baseCommit = git.ResolveCommit(baseRevision);
        var headCommit = headRevision is null ? null : git.ResolveCommit(headRevision);
        var before = Materialised(git, "base", baseRevision, baseCommit, shippedTemplates, today);
        var after = headCommit is null
            ? RevisionBuild.Of("head", "working tree", repository, shippedTemplates, today)
            : Materialised(git, "head", headRevision!, headCommit, shippedTemplates, today);
        return PlanResult.Of(before, after);
    }

    private static RevisionBuild Materialised(GitCli git, string label, string revision, string commit, string shippedTemplates, DateOnly today)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"netcode-{label}-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            git.Extract(commit, folder);
            return RevisionBuild.Of(label, $"{revision} ({commit[..Math.Min(12, commit.Length)]})", folder, shippedTemplates, today);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
