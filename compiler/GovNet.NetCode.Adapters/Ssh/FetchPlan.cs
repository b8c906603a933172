using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Adapters.Ssh;

/// <summary>
/// Which devices one fetch reaches, and how. A collector reaches one plane only: a machine that can
/// reach both would itself join them (002 附件1: 两网之间物理隔离), so a selection spanning planes is refused.
/// </summary>
public sealed record FetchPlan(string Plane, ImmutableArray<DeviceTarget> Targets, SshOptions Options)
{
    public static FetchPlan? Create(
        PolicyModel model,
        CollectionSettings settings,
        string repositoryRoot,
        string? plane,
        IReadOnlyCollection<string> hostnames,
        bool acceptNewHostKeys,
        DiagnosticBag diagnostics,
        Shard? shard = null)
    {
        var cli = SourceSpan.StartOf("(command line)");
        var errorsBefore = diagnostics.HasErrors;
        if (plane is not null && !model.Network.Planes.Any(p => p.Name.Value == plane))
        {
            diagnostics.Error(Codes.NoDevicesSelected, cli,
                $"--plane {plane}: no such plane{Suggestions.DidYouMean(plane, model.Network.Planes.Select(p => p.Name.Value))}; the network has {string.Join(", ", model.Network.Planes.Select(p => p.Name.Value))}");
        }

        foreach (var hostname in hostnames.Where(h => !model.Devices.Any(d => string.Equals(d.Hostname.Value, h, StringComparison.OrdinalIgnoreCase))))
        {
            diagnostics.Error(Codes.NoDevicesSelected, cli, $"--device {hostname}: no such device in inventory/devices/{Suggestions.DidYouMean(hostname, model.Devices.Select(d => d.Hostname.Value))}");
        }

        var devices = model.Devices
            .Where(d => plane is null || d.Plane.Value == plane)
            .Where(d => hostnames.Count == 0 || hostnames.Contains(d.Hostname.Value, StringComparer.OrdinalIgnoreCase))
            .OrderBy(d => d.Hostname.Value, StringComparer.Ordinal)
            .ToList();
        var planes = devices.Select(d => d.Plane.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!diagnostics.HasErrors && devices.Count == 0)
        {
            diagnostics.Error(Codes.NoDevicesSelected, cli, "no device selected: --plane and --device leave nothing to fetch");
        }
        else if (planes.Count > 1)
        {
            diagnostics.Error(Codes.NoDevicesSelected, cli,
                $"the selection spans planes {string.Join(" and ", planes)}; one collector reaches one plane only: pass --plane");
        }

        // A shard is taken from the plane's selection, so an empty shard still knows its plane and
        // writes an empty bundle: the merge step then sees every shard it expects.
        var targets = devices.Where(d => (shard ?? Shard.Whole).Contains(d.Hostname.Value)).ToList();
        foreach (var (name, span) in PasswordVariables(settings))
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            {
                diagnostics.Error(Codes.PasswordEnvNotSet, span, $"password_env names {name}, but that environment variable is not set");
            }
        }

        foreach (var identity in IdentityFiles(settings))
        {
            if (!File.Exists(DeviceTarget.ExpandPath(identity.Value, repositoryRoot)))
            {
                diagnostics.Error(Codes.IdentityFileMissing, identity.Span, $"identity_file {identity.Value} does not exist");
            }
        }

        CheckAlgorithms(SshAlgorithms.KeyExchange, settings.KeyExchange, diagnostics);
        CheckAlgorithms(SshAlgorithms.Ciphers, settings.Ciphers, diagnostics);
        CheckAlgorithms(SshAlgorithms.Macs, settings.Macs, diagnostics);
        if (diagnostics.HasErrors && !errorsBefore)
        {
            return null;
        }

        var options = new SshOptions(
            DeviceTarget.ExpandPath(settings.KnownHosts, repositoryRoot),
            acceptNewHostKeys,
            settings.ConnectTimeout,
            settings.CommandTimeout,
            settings.Parallelism,
            settings.Retries)
        {
            MaxOutputBytes = settings.MaxOutputBytes,
            KeyExchange = [.. settings.KeyExchange.Select(a => a.Value)],
            Ciphers = [.. settings.Ciphers.Select(a => a.Value)],
            Macs = [.. settings.Macs.Select(a => a.Value)],
        };
        return new FetchPlan(planes[0], [.. targets.Select(d => DeviceTarget.Resolve(d, settings, repositoryRoot))], options);
    }

    /// <summary>
    /// A name the SSH library does not know is a mistake in the file (a typo, an algorithm from
    /// another client), refused with its position before any device is tried; so is a list that
    /// names nothing usable.
    /// </summary>
    private static void CheckAlgorithms(string key, ImmutableArray<Located<string>> names, DiagnosticBag diagnostics)
    {
        var supported = SshAlgorithms.Supported[key];
        foreach (var name in names.Where(n => !supported.Contains(n.Value, StringComparer.Ordinal)))
        {
            diagnostics.Error(Codes.CollectionUnknownAlgorithm, name.Span,
                $"{key}: '{name.Value}' is not an algorithm this collector supports; it knows {string.Join(", ", supported)}");
        }
    }

    private static IEnumerable<(string Name, SourceSpan Span)> PasswordVariables(CollectionSettings settings) =>
        new[] { settings.PasswordEnv }.Concat(settings.Devices.Select(d => d.PasswordEnv))
            .OfType<Located<string>>()
            .Select(l => (l.Value, l.Span));

    private static IEnumerable<Located<string>> IdentityFiles(CollectionSettings settings) =>
        new[] { settings.IdentityFile }.Concat(settings.Devices.Select(d => d.IdentityFile)).OfType<Located<string>>();
}
