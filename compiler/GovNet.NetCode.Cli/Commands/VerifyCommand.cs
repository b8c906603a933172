using System.CommandLine;
using System.Text.Json.Nodes;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode verify</c>: parse the compiled (or given) configs and prove the isolation properties P1–P5 on them.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "sarif");
        var today = CommonOptions.Today();
        var configs = new Option<DirectoryInfo?>("--configs") { Description = "Folder of HOSTNAME.cfg files to verify; default: build/configs in the repository (run compile first)" };
        var command = new Command("verify", $"Parse configs and verify isolation ({string.Join(", ", Verifier.Evaluated)}) and list what the configs permit end to end") { repo, configs, format, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(configs),
            result.GetValue(format)!,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(DirectoryInfo repo, DirectoryInfo? configs, string format, DateOnly today)
    {
        var validation = PolicyValidator.Run(repo.FullName, today);
        if (validation.Model is not { } model)
        {
            DiagnosticWriter.WriteText(Console.Error, validation.Diagnostics);
            Console.Error.WriteLine($"verify: {validation.Errors} error(s) in the policy; nothing verified");
            return (int)ExitCodes.InvalidInput;
        }

        var folder = configs?.FullName ?? Path.Combine(repo.FullName, "build", "configs");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"verify: config folder {folder} does not exist; run 'netcode compile' or pass --configs DIR");
            return (int)ExitCodes.InvalidInput;
        }

        var label = configs is null ? "build/configs" : Path.GetRelativePath(Directory.GetCurrentDirectory(), folder).Replace('\\', '/');
        var result = Verifier.Run(new ValidationContext(model, today), folder, label);
        if (format == "sarif")
        {
            Console.Out.Write(SarifWriter.Write("netcode", result.Findings.Select(f => new SarifWriter.Result(f.Property, f.Severity, f.Message, f.At))));
        }
        else if (format == "json")
        {
            var json = new JsonObject
            {
                ["command"] = "verify",
                ["evaluated"] = new JsonArray([.. Verifier.Evaluated.Select(e => (JsonNode)JsonValue.Create(e))]),
                ["errors"] = result.Errors,
                ["findings"] = new JsonArray([.. result.Findings.Select(f => (JsonNode)new JsonObject
                {
                    ["property"] = f.Property,
                    ["severity"] = f.Severity.ToString().ToLowerInvariant(),
                    ["file"] = f.At.File,
                    ["line"] = f.At.Line,
                    ["message"] = f.Message,
                    ["path"] = new JsonArray([.. f.Path.Select(p => (JsonNode)JsonValue.Create(p))]),
                    ["packet"] = f.Packet,
                    ["contradicts"] = f.Contradicts?.ToString(),
                })]),
                ["coverage"] = new JsonArray([.. result.Coverage.Select(c => (JsonNode)new JsonObject
                {
                    ["file"] = c.File,
                    ["lines"] = c.Lines,
                    ["unparsed"] = c.Unparsed,
                    ["unparsedForwarding"] = c.UnparsedForwarding,
                })]),
                ["matrix"] = new JsonArray([.. result.Matrix.Entries.Select(e => (JsonNode)new JsonObject
                {
                    ["key"] = e.Key,
                    ["from"] = e.From.ToString(),
                    ["to"] = e.To.ToString(),
                    ["protocol"] = e.Protocol.ToString().ToLowerInvariant(),
                    ["ports"] = e.Ports?.ToString(),
                    ["path"] = new JsonArray([.. e.Path.Select(p => (JsonNode)JsonValue.Create(p))]),
                })]),
            };
            Console.Out.WriteLine(json.ToJsonString(DiagnosticWriter.JsonOptions));
        }
        else
        {
            foreach (var finding in result.Findings)
            {
                Console.Error.WriteLine(finding.ToString());
            }

            Console.Out.WriteLine($"verify: {result.Coverage.Length} configs, {result.Errors} violation(s), {result.Findings.Length - result.Errors} warning(s); {result.Matrix.Entries.Length} flows permitted end to end; evaluated {string.Join(", ", Verifier.Evaluated)}");
        }

        return (int)(result.Errors == 0 ? ExitCodes.Clean : ExitCodes.Findings);
    }
}
