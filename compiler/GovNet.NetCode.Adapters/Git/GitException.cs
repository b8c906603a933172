namespace GovNet.NetCode.Adapters.Git;

/// <summary>A Git failure: <see cref="Code"/> says whether the user named a revision that does not exist or Git itself failed.</summary>
public sealed class GitException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
