namespace GovNet.NetCode.Cli;

/// <summary>The process exit codes of DESIGN.md; scripts and CI depend on them.</summary>
public enum ExitCodes
{
    Clean = 0,
    Findings = 1,
    InvalidInput = 2,
    OperationalFailure = 3,
}
