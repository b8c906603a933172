using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Tests.Support;

/// <summary>
/// Runs a validation on the thread pool and fails the test if it has not finished within
/// <see cref="Limit"/>. It guards against hangs on hostile input; it is not a speed test, so the
/// limit is generous for a busy two-core machine.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static Task<ValidationResult> ValidateAsync(MiniRepo repo) => RunAsync(repo.Validate);

    public static async Task<T> RunAsync<T>(Func<T> work)
    {
        try
        {
            return await Task.Run(work).WaitAsync(Limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"validation did not finish within {Limit.TotalSeconds:0} s: a hang on hostile input");
        }
    }
}
