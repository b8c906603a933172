using System.Runtime.InteropServices;

namespace GovNet.NetCode.Report;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>), which .NET has no call for. Only where the
/// C library offers it (Linux, macOS); elsewhere, or when the file system refuses, callers write a copy.
/// </summary>
internal static partial class HardLink
{
    public static bool Available { get; } = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Gives <paramref name="existing"/> the new name <paramref name="path"/>; false when it could not (the caller then writes the file).</summary>
    public static bool TryCreate(string existing, string path)
    {
        try
        {
            return Available && Link(existing, path) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string path);
}
