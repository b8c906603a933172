using System.Diagnostics;
using System.Globalization;
using GovNet.NetCode.Adapters.Ssh;
using GovNet.NetCode.Collect;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Testing.Fleet;

namespace GovNet.NetCode.Benchmarks;

/// <summary>
/// <c>fetch [devices] [parallelism…] [--reply-delay MS]</c>: a generated network's compiled configs
/// served by the fake fleet on loopback, pulled by the collector at each parallelism (1 =
/// sequential): wall time, CPU of this process, the whole machine's busy cores (the ssh clients,
/// sshd and fake devices are other processes, and on loopback they are what limits a run) and the
/// largest working set seen. With a reply delay each device waits that long before its config
/// starts, as a real switch does, so the run shows what parallelism buys when the devices, not
/// this machine's CPUs, are the slow part.
/// </summary>
internal static class FetchBenchmark
{
    public static int Run(int devices, IReadOnlyList<int> parallelisms, int replyDelayMilliseconds, string? keyExchange = null)
    {
        using var folder = new TemporaryDirectory("netcode-bench-fetch");
        var network = NetworkGenerator.Generate(Specs.City(devices * 4, devices));
        network.WriteTo(folder.Path);
        if (FleetConfigs.Compile(folder.Path) is not { } compiled)
        {
            return 2;
        }

        var bytes = compiled.Devices.Sum(d => (long)d.Config.Length);
        Console.WriteLine(Invariant($"fleet: {compiled.Devices.Count} devices, {bytes / 1048576.0:F1} MiB of config, {compiled.Devices.Sum(d => d.Config.Count(c => c == '\n')):N0} lines"));
        Console.WriteLine(Invariant($"each device waits {replyDelayMilliseconds} ms before its config; {Environment.ProcessorCount} cores; key exchange {keyExchange ?? "the library's order"}"));
        using var fleet = SshFleet.Start(compiled.Devices.Select(d => d with { ReplyDelayMilliseconds = replyDelayMilliseconds }));
        var targets = compiled.Devices.Select(d => new DeviceTarget(
            d.Hostname, DialectRegistry.Find(d.Dialect)!, "127.0.0.1", fleet.Ports[d.Hostname], SshFleet.User, fleet.ClientKey, null, null)).ToList();
        GC.Collect();

        var status = 0;
        foreach (var parallelism in parallelisms)
        {
            var options = new SshOptions(fleet.KnownHosts, false, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(300), parallelism, 0)
            {
                KeyExchange = keyExchange is null ? [] : [keyExchange],
            };
            using var peak = new PeakWorkingSet();
            var busyBefore = MachineBusy();
            var childrenBefore = ChildrenCpu();
            var (result, measurement) = Measurement.Of(() => Collector.Collect(targets, options));
            var busyCores = (MachineBusy() - busyBefore) / measurement.Wall;
            var children = ChildrenCpu() - childrenBefore;
            Console.WriteLine(Invariant($"parallelism {parallelism,3}: {result.Configs.Length} collected, {result.Failures.Length} failed; {measurement}; child processes (ssh clients) {children.TotalMilliseconds:F0} ms CPU; machine {busyCores:F2} cores busy; peak working set {peak.Stop() / 1048576.0:F0} MiB; {targets.Count / measurement.Wall.TotalSeconds:F1} devices/s"));
            foreach (var failure in result.Failures.Take(5))
            {
                Console.WriteLine($"  {failure.Hostname}: {failure.Reason}");
            }

            status |= result.Failures.IsEmpty ? 0 : 3;
        }

        return status;
    }

    /// <summary>
    /// CPU time of this process's finished child processes (Linux /proc/self/stat cutime + cstime):
    /// a collector that runs an ssh client per device spends most of its CPU there, not in itself.
    /// </summary>
    private static TimeSpan ChildrenCpu()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name in parentheses: state is field 3, cutime and cstime 16 and 17.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>CPU time every process on the machine has used since boot (Linux /proc/stat; zero elsewhere).</summary>
    private static TimeSpan MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        // cpu  user nice system idle iowait irq softirq steal …, in clock ticks of 1/100 s.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return TimeSpan.FromMilliseconds(busy * 10);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Samples this process's working set every 250 ms: the process-wide peak would include the network
    /// generation. Sampling more often costs measurable CPU and allocation over a long sequential run.
    /// </summary>
    private sealed class PeakWorkingSet : IDisposable
    {
        private readonly Timer timer;
        private long peak;

        public PeakWorkingSet() => timer = new Timer(_ => Sample(), null, 0, 250);

        public long Stop()
        {
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            Sample();
            return Interlocked.Read(ref peak);
        }

        private void Sample()
        {
            using var process = Process.GetCurrentProcess();
            var now = process.WorkingSet64;
            long seen;
            do
            {
                seen = Interlocked.Read(ref peak);
            }
            while (now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen);
        }

        public void Dispose() => timer.Dispose();
    }
}
