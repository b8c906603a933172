using System.Runtime.ExceptionServices;

namespace GovNet.NetCode.Diagnostics;

/// <summary>
/// The failures of work done on several cores, each noted with the place its piece has when the same work is done one
/// piece after another. <see cref="ThrowIfAny"/> rethrows the one whose place comes first, with its original stack
/// trace: what that run in order would have thrown, whichever core failed first. Every piece runs to its end, and two
/// failures never share a place. Notes may come from several threads at once.
/// </summary>
public sealed class FirstFailure
{
    private readonly Lock gate = new();
    private (long Place, ExceptionDispatchInfo Failure)? first;

    public void Note(long place, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var captured = ExceptionDispatchInfo.Capture(failure);
        lock (gate)
        {
            if (first is not { } known || place < known.Place)
            {
                first = (place, captured);
            }
        }
    }

    public void ThrowIfAny() => first?.Failure.Throw();
}
