namespace GovNet.NetCode.Model;

/// <summary>
/// Work over items by index, on every core or one after another: each caller keeps item i's result at i and
/// reads the results back in order, so which item finishes first never shows. One after another stays for the
/// tests that hold both ways equal.
/// </summary>
internal static class ByIndex
{
    public static void For(int count, bool inParallel, Action<int> body)
    {
        if (inParallel)
        {
            Parallel.For(0, count, body);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }
}
