namespace GovNet.NetCode.Cli;

/// <summary>
/// Where a run of netcode writes and which folder relative paths start from: the process's console
/// and current directory, unless <see cref="NetcodeCli.Run"/> opened a session with writers and a
/// folder of its own. Sessions flow with the async context, so runs in one process (the tests)
/// never see each other's output or folder.
/// </summary>
public static class Terminal
{
    private sealed record Session(TextWriter Out, TextWriter Error, string Directory);

    private static readonly AsyncLocal<Session?> Current = new();

    public static TextWriter Out => Current.Value?.Out ?? Console.Out;

    public static TextWriter Error => Current.Value?.Error ?? Console.Error;

    public static string CurrentDirectory => Current.Value?.Directory ?? Directory.GetCurrentDirectory();

    /// <summary>A session's writers are never a terminal: no colours, tables or progress bars there.</summary>
    public static bool IsOutputRedirected => Current.Value is not null || Console.IsOutputRedirected;

    public static bool IsErrorRedirected => Current.Value is not null || Console.IsErrorRedirected;

    /// <summary>A path as the user typed it, relative to the session's folder.</summary>
    public static string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    internal static T With<T>(TextWriter output, TextWriter error, string directory, Func<T> run)
    {
        var previous = Current.Value;
        Current.Value = new Session(output, error, Path.GetFullPath(directory));
        try
        {
            return run();
        }
        finally
        {
            Current.Value = previous;
        }
    }
}
