namespace GovNet.NetCode.Cli;

/// <summary>
/// The notes after --help (root, check, verify): what P1–P5 mean and what each exit code says, in
/// one place so they move into resources with the other languages. The wording follows DESIGN.md's
/// isolation properties and exit codes.
/// </summary>
internal static class HelpNotes
{
    private const string Properties = """
        Isolation properties (proven on the compiled or pulled configs, never on the YAML alone):
          P1  Physical isolation: no device, cable, VLAN, route or ACL permit joins the internal plane
              to another plane, an upstream or the internet; management servers (NTP, syslog, AAA,
              SNMP, DNS) belong to the device's own plane.
          P2  Internet only via egress: in a 'via-egress' plane every path to the internet passes an
              egress device and only declared flows pass it; an 'internet: none' plane has no path.
          P3  Zone isolation: traffic between zones exists only for declared flows.
          P4  Least privilege: what the configs permit equals the declared flows; more is an error,
              less a warning.
          P5  Labelled ports: every configured port carries its plane tag in its description and only
              VLANs of its own plane.
        Parse coverage: a config line the verifier does not understand in a section that forwards or
        filters is a finding too; a proof over half-understood configs is no proof.
        """;

    private const string AllExitCodes = """
        Exit codes:
          0  clean
          1  findings: an isolation violation (check, verify, plan) or drift (drift)
          2  invalid input or usage: the policy does not validate, an unknown option or command
          3  operational failure: a device not collected, a Git error, a report not written
        """;

    private const string VerifyExitCodes = """
        Exit codes:
          0  clean (warnings allowed)
          1  an isolation violation (an error-level finding)
          2  invalid input or usage: the policy does not validate, configs missing, a wrong option
        """;

    public static string? For(string command) => command switch
    {
        "netcode" => Join(Properties, AllExitCodes),
        "check" or "verify" => Join(Properties, VerifyExitCodes),
        _ => null,
    };

    private static string Join(params string[] sections) =>
        string.Join(Environment.NewLine + Environment.NewLine, sections) + Environment.NewLine;
}
