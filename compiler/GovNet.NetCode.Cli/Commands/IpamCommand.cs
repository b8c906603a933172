using System.CommandLine;
using System.Text.Json.Nodes;
using GovNet.NetCode.Model;
using GovNet.NetCode.Report;
using GovNet.NetCode.Validate;
using GovNet.NetCode.Cli.Resources;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>
/// <c>netcode ipam next --zone Z [--unit U]</c>: the next free VLAN and subnet for a new segment in a
/// zone, read off the validated policy (see <see cref="IpamAllocator"/> for where the ranges come from).
/// </summary>
internal static class IpamCommand
{
    private static class Text
    {
        public static string Ipam => CliText.Get("IpamDescription");
        public static string Next => CliText.Get("IpamNextDescription");
        public static string Zone => CliText.Get("ZoneOption");
        public static string Unit => CliText.Get("UnitOption");

        public static string Invalid(int errors) => CliText.Format("IpamInvalid", errors);

        public static string Refused(string why) => CliText.Format("IpamRefused", why);

        public static string Proposal(IpamProposal p) =>
            CliText.Format("IpamProposal", p.Zone, p.Plane, p.Unit is null ? string.Empty : CliText.Format("IpamForUnit", p.Unit), p.Vlan, p.Subnet) + "\n" +
            CliText.Format("IpamRanges", p.FirstVlan, p.LastVlan, p.Pool) + " " +
            CliText.Get(p.ReadOffSegments ? "IpamReadOff" : "IpamNoSegments") + "\n" +
            $"  {Segment(p)}";

        public static string Segment(IpamProposal p) => $"- {{ zone: {p.Zone}, vlan: {p.Vlan}, subnet: {p.Subnet} }}";
    }

    public static Command Create()
    {
        var repo = CommonOptions.Repo();
        var format = CommonOptions.Format("text", "json");
        var today = CommonOptions.Today();
        var zone = new Option<string>("--zone") { Description = Text.Zone, Required = true };
        var unit = new Option<string?>("--unit") { Description = Text.Unit };
        var next = new Command("next", Text.Next) { zone, unit, repo, format, today };
        next.SetAction(result => Run(
            result.GetValue(repo)!,
            result.GetValue(zone)!,
            result.GetValue(unit),
            result.GetValue(format)!,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now)));
        return new Command("ipam", Text.Ipam) { next };
    }

    private static int Run(DirectoryInfo repo, string zone, string? unit, string format, DateOnly today)
    {
        var validation = PolicyValidator.Run(repo.FullName, today);
        if (validation.Model is not { } model)
        {
            if (format == "json")
            {
                Terminal.Out.WriteLine(Json(null, null, validation).ToJsonString(DiagnosticWriter.JsonOptions));
            }
            else
            {
                DiagnosticWriter.WriteText(Terminal.Error, validation.Diagnostics);
                Terminal.Error.WriteLine(Text.Invalid(validation.Errors));
            }

            return (int)ExitCodes.InvalidInput;
        }

        var answer = IpamAllocator.Next(new ModelIndex(model, today), zone, unit);
        if (format == "json")
        {
            Terminal.Out.WriteLine(Json(answer.Proposal, answer.Refusal, validation).ToJsonString(DiagnosticWriter.JsonOptions));
        }
        else if (answer.Proposal is { } proposal)
        {
            Terminal.Out.WriteLine(Text.Proposal(proposal).Replace("\n", Environment.NewLine, StringComparison.Ordinal));
        }
        else
        {
            Terminal.Error.WriteLine(Text.Refused(answer.Refusal!));
        }

        return (int)(answer.Proposal is null ? ExitCodes.InvalidInput : ExitCodes.Clean);
    }

    private static JsonObject Json(IpamProposal? proposal, string? refusal, ValidationResult validation) => new()
    {
        ["command"] = "ipam next",
        ["valid"] = validation.Errors == 0,
        ["error"] = refusal,
        ["diagnostics"] = DiagnosticWriter.ToJson(validation.Diagnostics),
        ["proposal"] = proposal is null ? null : new JsonObject
        {
            ["zone"] = proposal.Zone,
            ["plane"] = proposal.Plane,
            ["unit"] = proposal.Unit,
            ["vlan"] = proposal.Vlan,
            ["subnet"] = proposal.Subnet.ToString(),
            ["vlanRange"] = new JsonObject { ["first"] = proposal.FirstVlan, ["last"] = proposal.LastVlan },
            ["pool"] = proposal.Pool.ToString(),
            ["readOffSegments"] = proposal.ReadOffSegments,
            ["segment"] = Text.Segment(proposal),
        },
    };
}
