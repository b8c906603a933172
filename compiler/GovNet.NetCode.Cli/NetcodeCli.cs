using System.CommandLine;

namespace GovNet.NetCode.Cli;

/// <summary>Runs a command line; a usage mistake is invalid input (exit 2), as DESIGN.md's exit codes say.</summary>
public static class NetcodeCli
{
    public static int Invoke(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"netcode: error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'netcode --help' for usage.");
            return (int)ExitCodes.InvalidInput;
        }

        return result.Invoke();
    }
}
