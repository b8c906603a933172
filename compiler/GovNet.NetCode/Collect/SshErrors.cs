namespace GovNet.NetCode.Collect;

/// <summary>Turns what the OpenSSH client printed on stderr into a reason a person can act on.</summary>
public static class SshErrors
{
    public static (string Reason, bool Transient) Classify(string stderr, int exitCode)
    {
        if (stderr.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", StringComparison.Ordinal))
        {
            return ("host key changed: the device presents a different key than inventory/known_hosts pins (replaced device, or someone in between)", false);
        }

        if (stderr.Contains("host key is known", StringComparison.Ordinal) || stderr.Contains("Host key verification failed", StringComparison.Ordinal))
        {
            return ("host key unknown: not in the known_hosts file; enrol it with --accept-new-host-keys after checking its fingerprint", false);
        }

        if (stderr.Contains("Permission denied", StringComparison.Ordinal) || stderr.Contains("Too many authentication failures", StringComparison.Ordinal))
        {
            return ("auth failed: the device refused the key or password", false);
        }

        if (stderr.Contains("Connection refused", StringComparison.Ordinal))
        {
            return ("connection refused: nothing listens on the SSH port", true);
        }

        if (stderr.Contains("timed out", StringComparison.OrdinalIgnoreCase))
        {
            return ("connect timeout: no answer from the device", true);
        }

        if (stderr.Contains("No route to host", StringComparison.Ordinal) || stderr.Contains("Could not resolve", StringComparison.Ordinal) || stderr.Contains("Network is unreachable", StringComparison.Ordinal))
        {
            return ("unreachable: " + LastLine(stderr), true);
        }

        var last = LastLine(stderr);
        return ($"ssh exited with {exitCode}" + (last.Length > 0 ? ": " + last : ""), true);
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : lines[^1];
    }
}
