using System.CommandLine;
using GovNet.NetCode.Adapters.Git;
using System.Text.Json.Nodes;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Load;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode fetch</c>: pull the running configs of one plane's devices over SSH into a folder or an offline bundle.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json");
        var collection = CommonOptions.File("--collection", CliText.Get("FetchCollectionOption"));
        var devices = new Option<string[]>("--device") { Description = CliText.Get("DeviceOption"), AllowMultipleArgumentsPerToken = true };
        var plane = new Option<string?>("--plane") { Description = CliText.Get("FetchPlaneOption") };
        var output = CommonOptions.Folder("--out", CliText.Get("FetchOutOption"));
        var bundle = CommonOptions.File("--bundle", CliText.Get("FetchBundleOption"));
        var archive = CommonOptions.Folder("--archive", CliText.Get("FetchArchiveOption"));
        var shard = new Option<string?>("--shard") { Description = CliText.Get("ShardOption") };
        var acceptNew = new Option<bool>("--accept-new-host-keys") { Description = CliText.Get("AcceptNewHostKeysOption") };
        var command = new Command("fetch", CliText.Get("FetchDescription"))
        {
            repo, collection, devices, plane, shard, output, bundle, archive, acceptNew, format,
        };
        command.SetAction(result => Run(
            result.GetValue(repo)!.FullName,
            result.GetValue(collection)?.FullName,
            result.GetValue(devices) ?? [],
            result.GetValue(plane),
            result.GetValue(shard),
            result.GetValue(output)?.FullName,
            result.GetValue(bundle)?.FullName,
            result.GetValue(archive)?.FullName,
            result.GetValue(acceptNew),
            result.GetValue(format)!));
        return command;
    }

    private static int Run(string repo, string? collectionFile, string[] hostnames, string? plane, string? shardText, string? output, string? bundle, string? archive, bool acceptNew, string format)
    {
        Shard? shard = null;
        if (shardText is not null && (shard = Shard.Parse(shardText, out var shardError)) is null)
        {
            return Invalid([Diagnostic.Error(Codes.InvalidShard, SourceSpan.StartOf("(command line)"), shardError!)], format, CliText.Get("FetchNothing"));
        }

        var validation = PolicyValidator.Run(repo, DateOnly.FromDateTime(DateTime.Now));
        if (validation.Model is not { } model)
        {
            return Invalid(validation.Diagnostics, format, CliText.Get("FetchPolicyInvalid"));
        }

        var diagnostics = new DiagnosticBag();
        var settings = CollectionLoader.Load(repo, collectionFile, [.. model.Devices.Select(d => d.Hostname.Value)], diagnostics);
        var plan = settings is null ? null : FetchPlan.Create(model, settings, repo, plane, hostnames, acceptNew, diagnostics, shard);
        if (plan is null)
        {
            return Invalid(diagnostics.ToSortedArray(), format, CliText.Get("FetchNothing"));
        }

        if (acceptNew)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(plan.Options.KnownHostsFile)!);
        }

        var result = FetchProgress.Collect(plan, barAllowed: format == "text");
        var folder = output ?? (bundle is null && archive is null ? Path.Combine(repo, "build", "running") : null);
        try
        {
            if (folder is not null)
            {
                ConfigFolderWriter.Write(folder, result.Configs);
            }

            if (bundle is not null)
            {
                BundleWriter.Write(bundle, plan.Plane, DateTimeOffset.UtcNow, result);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error.WriteLine($"{SourceSpan.StartOf(folder ?? bundle!)}: error {Codes.FetchOutputNotWritten}: {CliText.Format("FetchCannotWrite", e.Message)}");
            return (int)ExitCodes.OperationalFailure;
        }

        if (archive is not null)
        {
            var message = $"fetch {plan.Plane}: {result.Configs.Length} collected, {result.Failures.Length} failed\n\n" +
                string.Concat(result.Failures.Select(f => $"not collected: {f.Hostname}: {f.Reason}\n"));
            var outcome = GitArchive.Commit(archive, [.. result.Configs.Select(c => (c.Hostname, c.Text))], message, [.. result.Configs.Where(c => c.Observed is not null).Select(c => (c.Hostname, c.Observed!))]);
            if (outcome.Error is { } error)
            {
                Terminal.Error.WriteLine(Diagnostic.Error(Codes.ArchiveFailed, SourceSpan.StartOf(archive), CliText.Format("ArchiveNotCommitted", error)));
                return (int)ExitCodes.OperationalFailure;
            }
        }

        Report(result, plan, folder, bundle, archive, format);
        return (int)(result.Failures.IsEmpty ? ExitCodes.Clean : ExitCodes.OperationalFailure);
    }

    private static void Report(CollectionResult result, FetchPlan plan, string? folder, string? bundle, string? archive, string format)
    {
        if (format == "json")
        {
            var json = new JsonObject
            {
                ["command"] = "fetch",
                ["plane"] = plan.Plane,
                ["out"] = folder,
                ["bundle"] = bundle,
                ["archive"] = archive,
                ["collected"] = new JsonArray([.. result.Configs.Select(c => (JsonNode)new JsonObject
                {
                    ["hostname"] = c.Hostname,
                    ["source"] = c.Source,
                    ["lines"] = c.Text.Count(ch => ch == '\n'),
                })]),
                ["failures"] = new JsonArray([.. result.Failures.Select(f => (JsonNode)new JsonObject
                {
                    ["hostname"] = f.Hostname,
                    ["reason"] = f.Reason,
                })]),
            };
            Terminal.Out.WriteLine(json.ToJsonString(DiagnosticWriter.JsonOptions));
            return;
        }

        foreach (var failure in result.Failures)
        {
            Terminal.Error.WriteLine(CliText.Format("FetchFailed", failure.Hostname, failure.Reason));
        }

        var into = string.Join(CliText.Get("FetchAnd"), new[] { folder, bundle, archive }.OfType<string>());
        Terminal.Out.WriteLine(CliText.Format("FetchDone", plan.Plane, result.Configs.Length, plan.Targets.Length, into, result.Failures.Length));
    }

    private static int Invalid(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, string format, string summary)
    {
        if (format == "json")
        {
            Terminal.Out.WriteLine(new JsonObject { ["command"] = "fetch", ["diagnostics"] = DiagnosticWriter.ToJson(diagnostics) }.ToJsonString(DiagnosticWriter.JsonOptions));
        }
        else
        {
            DiagnosticWriter.WriteText(Terminal.Error, diagnostics);
            Terminal.Error.WriteLine(CliText.Format("FetchSummary", summary));
        }

        return (int)ExitCodes.InvalidInput;
    }
}
