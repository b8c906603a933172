using System.Collections.Immutable;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Verify;

namespace GovNet.NetCode.Patch;

/// <summary>A drifted device's patch (running → intended) and rollback (back to the running config), each in its verified order, and as typed.</summary>
public sealed record DevicePatch(string Hostname, string Vendor, ImmutableArray<PatchStep> Patch, ImmutableArray<PatchStep> Rollback, string PatchText, string RollbackText)
{
    public string PatchFile => Hostname + ".patch";

    public string RollbackFile => Hostname + ".rollback";
}

/// <summary>Which way a step goes: towards the intent, or back to the running config.</summary>
public enum PatchDirection
{
    Patch,
    Rollback,
}

/// <summary>
/// A step after which the network has an isolation finding (P1/P2) that neither the state before the
/// patch nor the state after it has, and that no order the check tried avoids: the step is typed
/// where it is and the findings it opens are reported.
/// </summary>
public sealed record UnsafeStep(string Hostname, PatchDirection Direction, int Step, string Title, ImmutableArray<Finding> Opens);

/// <summary>A step the check moved ahead of the table's order because the table's order opened an isolation finding.</summary>
public sealed record MovedStep(string Hostname, PatchDirection Direction, int Step, string Title, string Why);

/// <summary>
/// The patch stage's answer: per drifted device its patch and rollback, the devices in sync, those
/// without a running config, the steps no order makes safe, the steps moved, and how many
/// intermediate states the verifier checked.
/// </summary>
public sealed record PatchResult(
    string Network,
    ImmutableArray<DevicePatch> Devices,
    ImmutableArray<string> InSync,
    ImmutableArray<CollectionFailure> Failures,
    ImmutableArray<UnsafeStep> Unsafe,
    ImmutableArray<MovedStep> Moved,
    int StatesVerified)
{
    public bool HasPatches => !Devices.IsEmpty;
}
