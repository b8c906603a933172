using System.CommandLine;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Repo() => new("--repo")
    {
        Description = CliText.Get("RepoOption"),
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
            Description = CliText.Format("FormatOption", string.Join(", ", formats)),
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>
    /// <c>--summary</c>: the markdown a workflow posts to an issue or a pull request, with counts, device
    /// names and ranks only and no config line; refused with any format but markdown.
    /// </summary>
    public static Option<bool> Summary(Command command, Option<string> format)
    {
        var option = new Option<bool>("--summary") { Description = CliText.Get("SummaryOption") };
        command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(option) && result.GetValue(format) != "markdown")
            {
                result.AddError(CliText.Get("SummaryNeedsMarkdown"));
            }
        });
        return option;
    }

    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = CliText.Get("TodayOption"),
    };
}
