using GovNet.NetCode.Compile;
using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Model;
using GovNet.NetCode.Render;
using GovNet.NetCode.Testing.Fleet;
using GovNet.NetCode.Validate;

namespace GovNet.NetCode.Benchmarks;

/// <summary>A repository's compiled configs as a fake fleet: each device serves what policy compiles to.</summary>
internal static class FleetConfigs
{
    public static (PolicyModel Model, List<FleetDevice> Devices)? Compile(string repository)
    {
        var validation = PolicyValidator.Run(repository, DateOnly.FromDateTime(DateTime.Today));
        if (validation.Model is not { } model)
        {
            foreach (var diagnostic in validation.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            return null;
        }

        var own = Path.Combine(repository, "templates");
        var diagnostics = new DiagnosticBag();
        var configs = ConfigRenderer.Render(model, DateOnly.FromDateTime(DateTime.Today), new TemplateLibrary(Directory.Exists(own) ? own : RepositoryRoot.Templates()), diagnostics);
        if (configs is null)
        {
            foreach (var diagnostic in diagnostics.ToSortedArray())
            {
                Console.Error.WriteLine(diagnostic);
            }

            return null;
        }

        var observed = FleetObserved.From(model);
        return (model, [.. configs.Value.Select(c => new FleetDevice(c.Hostname, c.Vendor, c.Text) { Observed = observed[c.Hostname] })]);
    }
}
