using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests;

public sealed class MiniRepoTests
{
    [Fact]
    public void The_minimal_repository_validates_clean()
    {
        using var repo = new MiniRepo();
        DiagnosticAssert.Clean(repo.Validate());
    }

    [Fact]
    public void An_overlap_is_reported_at_the_edited_subnet_naming_the_untouched_one()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "10.61.110.0/24", "10.61.1.128/25");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3102", "policy/units/finance.yaml", 4, 40);
        Assert.EndsWith("overlaps 10.61.1.0/24 of center@public declared at policy/units/center.yaml:3:40", diagnostic.Message, StringComparison.Ordinal);
    }
}
