using ProductOps.Gates;

namespace ProductOps.Tests.Gates;

public sealed class GateStatusTests
{
    private static readonly GateCriterion NeedsReview = new LabelsRequired(["reviewed"], AnyOf: false);
    private static readonly GateCriterion AdvisesDocs = new LabelsRequired(["docs"], AnyOf: false) { Required = false };
    private static readonly GateCriterion ForbidsBlocked = new LabelsForbidden(["blocked"]);

    [Theory]
    [InlineData("reviewed,docs", GateStatus.Passed)]
    [InlineData("reviewed", GateStatus.Conditional)]
    [InlineData("docs", GateStatus.Failed)]
    [InlineData("", GateStatus.Failed)]
    [InlineData("reviewed,docs,blocked", GateStatus.Failed)]
    [InlineData("reviewed,blocked", GateStatus.Failed)]
    public void Required_misses_fail_and_advisory_misses_only_make_the_pass_conditional(string labels, GateStatus status)
    {
        var gate = new GateDefinition(GateMode.Block, [NeedsReview, AdvisesDocs, ForbidsBlocked]);

        var result = GateEvaluator.Evaluate(gate, GatesConfig.Defaults, new GateContext(Gate.Item(labels), null, "beta", null, Gate.Now));

        Assert.Equal(status, result.Status);
        Assert.Equal(3, result.Criteria.Count);
    }

    [Fact]
    public void A_gate_with_no_criteria_passes()
    {
        var result = GateEvaluator.Evaluate(GateDefinition.Open, GatesConfig.Defaults, new GateContext(Gate.Item(), null, "discovery", null, Gate.Now));

        Assert.Equal(GateStatus.Passed, result.Status);
    }

    [Theory]
    [InlineData("alpha", "- [x] User needs identified", 120.0, GateStatus.Conditional)]
    [InlineData("alpha", "- [x] User needs identified", null, GateStatus.Failed)]
    [InlineData("beta", "- [x] Riskiest assumptions tested\n- [x] Accessibility considered", 120.0, GateStatus.Passed)]
    [InlineData("beta", "- [x] Riskiest assumptions tested", 120.0, GateStatus.Conditional)]
    [InlineData("retirement", "- [x] Users can meet their needs elsewhere", null, GateStatus.Passed)]
    public void The_default_gates_check_the_service_manual_criteria(string target, string body, double? score, GateStatus status)
    {
        var config = GatesConfig.Defaults;
        var from = config.Phases[Math.Max(0, config.IndexOf(target) - 1)].Name;
        var result = GateEvaluator.Evaluate(config.GateFor(target), config,
            new GateContext(Gate.Item(body: body), score, target, target == "alpha" ? null : new ProductOps.WorkItems.PhaseChange(from, Gate.Now.AddDays(-30)), Gate.Now));

        Assert.Equal(status, result.Status);
    }
}
