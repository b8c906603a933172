namespace GovNet.NetCode.Benchmarks;

/// <summary>The source repository this benchmark was built from, for its templates/.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovNet.NetCode.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovNet.NetCode.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Templates() => Path.Combine(Find(), "templates");
}
