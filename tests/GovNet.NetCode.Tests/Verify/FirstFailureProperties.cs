using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Diagnostics;
using Xunit;

namespace GovNet.NetCode.Tests.Verify;

/// <summary>
/// <see cref="FirstFailure"/>, which the loops on every core (parsing configs, writing a build, exploring sources)
/// share: whatever the cores do first, the failure rethrown is the one an in-order run meets first, with its own stack.
/// </summary>
public sealed class FirstFailureProperties
{
    [Property(MaxTest = 200)]
    public Property The_failure_at_the_first_place_is_rethrown_with_its_stack_or_none_when_all_succeed(bool[] fails, int shift)
    {
        // Places need not be the loop's indices: here they run backwards from an arbitrary start.
        long PlaceOf(int i) => shift - (3L * i);
        var failures = new FirstFailure();
        Parallel.For(0, fails.Length, i =>
        {
            try
            {
                if (fails[i])
                {
                    Fail(i);
                }
            }
            catch (InvalidOperationException failure)
            {
                failures.Note(PlaceOf(i), failure);
            }
        });

        var expected = Enumerable.Range(0, fails.Length).Where(i => fails[i]).OrderBy(PlaceOf).Select(i => (int?)i).FirstOrDefault();
        var thrown = Record.Exception(failures.ThrowIfAny);
        return (expected is null
            ? thrown is null
            : thrown is InvalidOperationException { Message: var message } && message == $"{expected}" && thrown.StackTrace!.Contains(nameof(Fail), StringComparison.Ordinal))
            .Label($"expected failure {expected?.ToString() ?? "none"}, got {thrown?.Message ?? "none"}");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fail(int i) => throw new InvalidOperationException($"{i}");
}
