using GovNet.NetCode.Model;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Compile;

/// <summary>
/// Validation and translation share one <see cref="ModelIndex"/> per model object and day
/// (<see cref="ModelIndex.Of"/>); an index must never serve another model, even one equal field by
/// field, nor another day, whose expired flows differ.
/// </summary>
public sealed class ModelIndexSharingTests
{
    private static readonly PolicyModel Example = CompileHarness.Model(NetcodeProcess.RepositoryRoot());

    [Fact]
    public void The_same_model_on_the_same_day_is_indexed_once()
    {
        var model = Example with { };
        Assert.Same(ModelIndex.Of(model, MiniRepo.Today), ModelIndex.Of(model, MiniRepo.Today));
    }

    [Fact]
    public void Another_day_is_indexed_for_that_day()
    {
        var model = Example with { };
        var today = ModelIndex.Of(model, MiniRepo.Today);
        var later = ModelIndex.Of(model, MiniRepo.Today.AddYears(30));
        Assert.NotSame(today, later);
        Assert.Equal(MiniRepo.Today.AddYears(30), later.Today);
        Assert.Equal(MiniRepo.Today, ModelIndex.Of(model, MiniRepo.Today).Today);
    }

    [Fact]
    public void An_equal_or_changed_copy_of_a_model_gets_an_index_of_its_own()
    {
        var model = Example with { };
        var first = ModelIndex.Of(model, MiniRepo.Today);

        var copy = model with { };
        Assert.Equal(model, copy);
        Assert.Same(copy, ModelIndex.Of(copy, MiniRepo.Today).Model);

        var fewer = model with { Devices = model.Devices.RemoveAt(0) };
        var changed = ModelIndex.Of(fewer, MiniRepo.Today);
        Assert.Equal(first.Devices.Count - 1, changed.Devices.Count);
        Assert.DoesNotContain(model.Devices[0].Hostname.Value, changed.Devices.Keys);
        Assert.Same(first, ModelIndex.Of(model, MiniRepo.Today));
    }
}
