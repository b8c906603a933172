using System.CommandLine;
using System.Text.Json.Nodes;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary><c>netcode validate</c>: load and validate policy and inventory; exit 0 when valid, 2 when not.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json", "sarif");
        var today = CommonOptions.Today();
        var command = new Command("validate", CliText.Get("ValidateDescription")) { repo, format, today };
        command.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(format)!,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(DirectoryInfo repo, string format, DateOnly today)
    {
        var result = PolicyValidator.Run(repo.FullName, today);
        var model = result.Model;
        if (format == "sarif")
        {
            Terminal.Out.Write(SarifWriter.Write("netcode", SarifWriter.Of(result.Diagnostics)));
        }
        else if (format == "json")
        {
            var json = new JsonObject
            {
                ["command"] = "validate",
                ["valid"] = result.Errors == 0,
                ["errors"] = result.Errors,
                ["warnings"] = result.Warnings,
                ["diagnostics"] = DiagnosticWriter.ToJson(result.Diagnostics),
            };
            if (model is not null)
            {
                json["counts"] = new JsonObject
                {
                    ["planes"] = model.Network.Planes.Length,
                    ["zones"] = model.Network.Zones.Length,
                    ["units"] = model.Units.Length,
                    ["segments"] = model.Segments.Count(),
                    ["services"] = model.Services.Length,
                    ["flows"] = model.Flows.Length,
                    ["devices"] = model.Devices.Length,
                };
            }

            Terminal.Out.WriteLine(json.ToJsonString(DiagnosticWriter.JsonOptions));
        }
        else
        {
            DiagnosticWriter.WriteText(Terminal.Error, result.Diagnostics);
            var summary = model is null
                ? CliText.Format("ValidateInvalid", Plural(result.Errors, "error"), Plural(result.Warnings, "warning"))
                : CliText.Format(
                    "ValidateValid", model.Network.Name, Plural(result.Warnings, "warning"),
                    Plural(model.Network.Planes.Length, "plane"), Plural(model.Network.Zones.Length, "zone"), Plural(model.Units.Length, "unit"),
                    Plural(model.Segments.Count(), "segment"), Plural(model.Services.Length, "service"), Plural(model.Flows.Length, "flow"), Plural(model.Devices.Length, "device"));
            (model is null ? Terminal.Error : Terminal.Out).WriteLine(summary);
        }

        return (int)(result.Errors == 0 ? ExitCodes.Clean : ExitCodes.InvalidInput);
    }

    private static string Plural(int count, string noun) => CliText.Format((count == 1 ? "One_" : "Many_") + noun, count);
}
