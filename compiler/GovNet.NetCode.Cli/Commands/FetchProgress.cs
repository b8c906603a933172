using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Cli.Resources;
using Spectre.Console;

namespace GovNet.NetCode.Cli.Commands;

/// <summary>Shows a fetch as it goes: a progress bar on a terminal, one plain log line per device otherwise (CI logs, cron mail).</summary>
internal static class FetchProgress
{
    /// <summary>The bar only when <paramref name="barAllowed"/>, standard error is a terminal and there is more than one device.</summary>
    public static CollectionResult Collect(FetchPlan plan, bool barAllowed)
    {
        if (!barAllowed || Terminal.IsErrorRedirected || plan.Targets.Length <= 1)
        {
            var gate = new Lock();
            return Collector.Collect(plan.Targets, plan.Options, (hostname, failure, attempts) =>
            {
                lock (gate)
                {
                    Terminal.Error.WriteLine(failure is null ? CliText.Format("FetchOk", hostname) : CliText.Format("FetchFailed", hostname, failure));
                }
            });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Terminal.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(CliText.Format("FetchProgress", plan.Plane, plan.Targets.Length)), maxValue: plan.Targets.Length);
                var failed = 0;
                return Collector.Collect(plan.Targets, plan.Options, (hostname, failure, attempts) =>
                {
                    if (failure is not null)
                    {
                        Interlocked.Increment(ref failed);
                    }

                    task.Description = $"fetch {plan.Plane}: {Markup.Escape(hostname)} ({Volatile.Read(ref failed)} failed)";
                    task.Increment(1);
                });
            });
    }
}
