using System.Text.RegularExpressions;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Load.Schema;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Load;

/// <summary>
/// Reads inventory/collection.yaml (or another file) into <see cref="CollectionSettings"/>, with
/// the same positioned tree and shape checks as the policy files. Checks that need the inventory
/// (an override naming an unknown device) take its hostnames.
/// </summary>
public static class CollectionLoader
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Null after reporting why the file cannot be used; defaults when the default file is absent.</summary>
    public static CollectionSettings? Load(string repositoryRoot, string? file, IReadOnlyCollection<string> hostnames, DiagnosticBag diagnostics) =>
        Load(new FolderSource(repositoryRoot), file is null ? null : Path.GetRelativePath(repositoryRoot, Path.GetFullPath(file)).Replace('\\', '/'), hostnames, diagnostics);

    /// <param name="file">Relative to <paramref name="repository"/>; null for the default file.</param>
    public static CollectionSettings? Load(ISourceTree repository, string? file, IReadOnlyCollection<string> hostnames, DiagnosticBag diagnostics)
    {
        var relative = file ?? CollectionSettings.DefaultFile;
        if (!repository.HasFile(relative))
        {
            if (file is null)
            {
                return CollectionSettings.Defaults(relative);
            }

            diagnostics.Error(Codes.MissingInput, SourceSpan.StartOf(relative), Messages.Format("CollectionFileMissing", relative));
            return null;
        }

        var errorsBefore = diagnostics.HasErrors;
        if (PolicyLoader.Read(repository, relative, PolicyShapes.Collection, diagnostics) is not { } root)
        {
            return null;
        }

        var settings = Bind(root, relative, hostnames, diagnostics);
        return diagnostics.HasErrors && !errorsBefore ? null : settings;
    }

    /// <summary>The settings a parsed and shape-checked file holds; reports what is wrong in them.</summary>
    internal static CollectionSettings Bind(YamlMapping root, string file, IReadOnlyCollection<string> hostnames, DiagnosticBag diagnostics)
    {
        var defaults = CollectionSettings.Defaults(file);
        var known = new HashSet<string>(hostnames, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        var devices = new List<DeviceConnectionOverride>();
        foreach (var item in root.Items("devices").Cast<YamlMapping>())
        {
            var hostname = item.Located("hostname");
            if (!known.Contains(hostname.Value))
            {
                diagnostics.Error(Codes.CollectionUnknownDevice, hostname.Span, Messages.Format("CollectionUnknownDevice", hostname.Value, Suggestions.DidYouMean(hostname.Value, hostnames)));
            }
            else if (seen.TryGetValue(hostname.Value, out var first))
            {
                diagnostics.Error(Codes.CollectionDuplicateDevice, hostname.Span, Messages.Format("CollectionDuplicateDevice", hostname.Value, first), first);
            }
            else
            {
                seen[hostname.Value] = hostname.Span;
            }

            devices.Add(new DeviceConnectionOverride(
                hostname,
                SshWord(item, "address", SshValues.Address, diagnostics),
                Ranged(item, "port", 1, 65535, diagnostics),
                SshWord(item, "user", SshValues.User, diagnostics),
                item.OptionalLocated("identity_file"),
                SshWord(item, "proxy_jump", SshValues.ProxyJump, diagnostics),
                item.OptionalLocated("password_env")));
        }

        var ignore = (root["drift"] as YamlMapping)?.Items("ignore").Cast<YamlScalar>().Select(s => s.Located()).ToList() ?? [];
        foreach (var pattern in ignore)
        {
            try
            {
                _ = new Regex(pattern.Value, RegexOptions.CultureInvariant, PatternTimeout);
            }
            catch (ArgumentException e)
            {
                diagnostics.Error(Codes.DriftIgnorePattern, pattern.Span, Messages.Format("DriftIgnorePattern", Formats.Clip(pattern.Value), e.Message));
            }
        }

        return new CollectionSettings(
            SshWord(root, "user", SshValues.User, diagnostics),
            Ranged(root, "port", 1, 65535, diagnostics) ?? defaults.Port,
            root.OptionalLocated("identity_file"),
            SshWord(root, "proxy_jump", SshValues.ProxyJump, diagnostics),
            root.OptionalLocated("password_env"),
            root.Text("known_hosts") ?? defaults.KnownHosts,
            Ranged(root, "parallelism", 1, 256, diagnostics) ?? defaults.Parallelism,
            Seconds(root, "connect_timeout", diagnostics) ?? defaults.ConnectTimeout,
            Seconds(root, "command_timeout", diagnostics) ?? defaults.CommandTimeout,
            Ranged(root, "retries", 0, 10, diagnostics) ?? defaults.Retries,
            [.. devices],
            [.. ignore],
            file)
        {
            MaxOutputBytes = Ranged(root, "max_output_bytes", 1024, 1 << 30, diagnostics) ?? defaults.MaxOutputBytes,
            KeyExchange = Algorithms(root, "key_exchange"),
            Ciphers = Algorithms(root, "ciphers"),
            Macs = Algorithms(root, "macs"),
        };
    }

    /// <summary>The names as written; which ones the SSH library knows is checked by the collector before it connects, with these positions.</summary>
    private static System.Collections.Immutable.ImmutableArray<Located<string>> Algorithms(YamlMapping root, string key) =>
        [.. root.Items(key).Cast<YamlScalar>().Select(s => s.Located())];

    /// <summary>
    /// A user, address or bastion, checked for what it is: a value that is none (a ';', a '%', a
    /// second word) is a mistake in the file, refused here rather than tried against every device.
    /// </summary>
    private static string? SshWord(YamlMapping mapping, string key, Func<string, string?> shape, DiagnosticBag diagnostics)
    {
        if (mapping.Scalar(key) is not { } scalar)
        {
            return null;
        }

        var value = scalar.Value;
        var problem = value.StartsWith('-') ? Messages.Get("SshLeadingDash")
            : value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? Messages.Get("SshBlank")
            : shape(value);
        if (problem is null)
        {
            return value;
        }

        diagnostics.Error(Codes.CollectionSshArgument, scalar.Span, Messages.Format("SshArgument", key, Formats.Clip(value), problem));
        return null;
    }

    private static TimeSpan? Seconds(YamlMapping mapping, string key, DiagnosticBag diagnostics) =>
        Ranged(mapping, key, 1, 3600, diagnostics) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static int? Ranged(YamlMapping mapping, string key, int min, int max, DiagnosticBag diagnostics)
    {
        if (mapping.Scalar(key) is not { } scalar)
        {
            return null;
        }

        var value = scalar.Integer();
        if (value.Value < min || value.Value > max)
        {
            diagnostics.Error(Codes.CollectionValueOutOfRange, scalar.Span, Messages.Format("ValueOutOfRange", key, value.Value, min, max));
            return null;
        }

        return value.Value;
    }
}
