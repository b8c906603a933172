using System.CommandLine;

namespace GovNet.NetCode.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Repo() => new("--repo")
    {
        Description = "The policy repository (the folder holding policy/ and inventory/), found upwards from the current folder as Git finds its repository",
        DefaultValueFactory = _ => new DirectoryInfo(RepositoryDiscovery.Find(Terminal.CurrentDirectory)),
        CustomParser = result => new DirectoryInfo(Terminal.FullPath(result.Tokens[0].Value)),
    };

    /// <summary>A folder option; a relative path starts from the folder netcode runs in.</summary>
    public static Option<DirectoryInfo?> Folder(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => new DirectoryInfo(Terminal.FullPath(result.Tokens[0].Value)),
    };

    /// <summary>A file option; a relative path starts from the folder netcode runs in.</summary>
    public static Option<FileInfo?> File(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => new FileInfo(Terminal.FullPath(result.Tokens[0].Value)),
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "Judge flow expiry as of this date (YYYY-MM-DD); default: today",
    };
}
