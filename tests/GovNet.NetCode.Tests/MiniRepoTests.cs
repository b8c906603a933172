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
    public void An_overlap_is_reported_at_the_first_subnet_naming_the_second()
    {
        using var repo = new MiniRepo().Replace("policy/units/finance.yaml", "10.61.110.0/24", "10.61.1.128/25");
        var diagnostic = DiagnosticAssert.ReportsOnly(repo.Validate(), "NC3102", "policy/units/center.yaml", 3, 40);
        Assert.Contains("policy/units/finance.yaml:4:40", diagnostic.Message, StringComparison.Ordinal);
    }
}
