using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Outcomes;

public sealed class OutcomePromptTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly ProductOpsConfig Config = new()
    {
        Outcomes = new OutcomesConfig
        {
            Goals = [new Goal("activation", "Faster activation", new Kpi("Week-1 activation", "%", KpiDirection.Up), 32, 45, new DateOnly(2027, 6, 30))],
            AskAfterLiveDays = 14,
        },
    };

    private static ItemRecord LiveFor(int days) => ItemRecord.New(new ItemKey("github", "octo/app", "9")) with
    {
        Goal = "activation",
        Phase = "live",
        PhaseHistory = [new PhaseChange("beta", Now.AddDays(-60)), new PhaseChange("live", Now.AddDays(-days))],
    };

    [Fact]
    public void An_item_live_for_the_configured_days_is_asked_for_its_outcome_against_its_goal()
    {
        var prompt = OutcomePrompt.Plan(LiveFor(14), Config, Now);

        Assert.NotNull(prompt);
        Assert.Equal("outcome-prompt", prompt.Marker);
        Assert.Contains("live since 2026-11-16 (14 days)", prompt.Markdown);
        Assert.Contains("**Faster activation**, measured by Week-1 activation (baseline 32 %, target 45 % by 2027-06-30)", prompt.Markdown);
        Assert.Contains("`/outcome <text or number>`", prompt.Markdown);
    }

    [Fact]
    public void Nobody_is_asked_too_early_twice_after_answering_or_when_asking_is_off()
    {
        Assert.Null(OutcomePrompt.Plan(LiveFor(13), Config, Now));
        Assert.Null(OutcomePrompt.Plan(LiveFor(30).WithComment("outcome-prompt", new CommentRecord("77", "abc")), Config, Now));
        Assert.Null(OutcomePrompt.Plan(LiveFor(30) with { Outcome = new MeasuredOutcome("5", 5, "alice", Now, "1") }, Config, Now));
        Assert.Null(OutcomePrompt.Plan(LiveFor(30), Config with { Outcomes = Config.Outcomes with { AskAfterLiveDays = 0 } }, Now));
        Assert.Null(OutcomePrompt.Plan(LiveFor(30) with { Phase = "retirement" }, Config, Now));
    }

    [Fact]
    public void An_item_without_a_goal_is_asked_what_changed_for_users() =>
        Assert.Contains("not linked to a goal yet (add a `goal:<goal>` label)", OutcomePrompt.Plan(LiveFor(20) with { Goal = null }, Config, Now)!.Markdown);
}
