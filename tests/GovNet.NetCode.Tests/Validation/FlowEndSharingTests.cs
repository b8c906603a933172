using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// The flow rules find each named end once and reuse it; a mistaken end must still be reported at every
/// flow that names it, and a reused end must not hide another flow's own mistake.
/// </summary>
public sealed class FlowEndSharingTests
{
    private const string Flows = "policy/flows.yaml";

    [Fact]
    public void An_undeclared_service_named_twice_is_reported_at_both_flows()
    {
        using var repo = new MiniRepo().With(Flows, new MiniRepo().Text(Flows)
            + "  - permit tcp/443 from zone:office to service:nope\n"
            + "  - permit tcp/443 from zone:office to service:nope\n");
        var found = repo.Validate().Diagnostics.Where(d => d.Code == "NC4102").Select(d => (d.Span.File, d.Span.Line, d.Span.Column)).ToList();
        Assert.Equal([(Flows, 8, 40), (Flows, 9, 40)], found);
    }

    [Fact]
    public void A_reused_end_still_lets_each_flow_report_its_own_mistake()
    {
        using var repo = new MiniRepo().With(Flows, new MiniRepo().Text(Flows)
            + "  - permit tcp/443 from zone:office to service:int-oa\n"
            + "  - permit tcp/443 from zone:office to service:oa\n");
        var result = repo.Validate();
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.Line == 8);
        DiagnosticAssert.Reports(result, "NC4104", Flows, 9, 25);
    }
}
