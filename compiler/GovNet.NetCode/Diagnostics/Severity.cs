namespace GovNet.NetCode.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
