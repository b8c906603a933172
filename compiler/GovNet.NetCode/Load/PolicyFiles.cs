namespace GovNet.NetCode.Load;

/// <summary>Where policy format v1 keeps its files, relative to the repository root.</summary>
public static class PolicyFiles
{
    public const string PolicyFolder = "policy";
    public const string InventoryFolder = "inventory";
    public const string Network = "policy/network.yaml";
    public const string UnitsFolder = "policy/units";
    public const string Services = "policy/services.yaml";
    public const string Flows = "policy/flows.yaml";
    public const string HostsFolder = "policy/hosts";
    public const string DevicesFolder = "inventory/devices";

    /// <summary>The YAML files of a folder, repository-relative with '/' separators, in ordinal order so every run reads them alike.</summary>
    public static IReadOnlyList<string> YamlFilesIn(string repositoryRoot, string folder) =>
        YamlFilesIn(new FolderSource(repositoryRoot), folder);

    public static IReadOnlyList<string> YamlFilesIn(ISourceTree repository, string folder) =>
        [.. repository.FilesIn(folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))];
}
