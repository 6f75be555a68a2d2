using ProductOps.Commands;
using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

/// <summary>
/// Comment commands as plans: which lines run, the row, the readings, the answer and the follow-up, decided
/// without a tracker or an index. The end-to-end tests (GitHubCommandTests, JiraCommandTests) check that the
/// applier makes exactly these writes and saves the row once.
/// </summary>
public sealed class CommandPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly ItemKey Key = new("github", "octo/app", "42");
    private static readonly IReadOnlyList<ICommandHandler> Handlers =
        [new KpiCommand(), new OutcomeCommand(), new EstimateCommand(), new ScoreCommand(), new PhaseCommand(), new RoadmapCommand()];
    private static readonly ProductOpsConfig Config = ConfigLoader.Load(new ConfigSource("octo/app:.github/product-ops.yml", """
        goals:
          - id: activation
            title: More new teams reach value
            kpi:
              name: Week-1 activation
              unit: "%"
            baseline: 32
            target: { value: 45, by: 2027-06-30 }
        """)).Config!;

    [Fact]
    public void Commands_done_with_nothing_to_say_plan_a_reaction_and_no_reply()
    {
        var plan = Plan("/outcome 4.5\n/roadmap", hasReactions: true);

        Assert.Equal("c-1", plan.React);
        Assert.Empty(plan.Writes.Writes);
        Assert.True(plan.RefreshRoadmapNow);
        Assert.Equal("4.5", plan.Writes.Row.Outcome!.Text);
        Assert.Equal(2, plan.Writes.Row.CommandLog.Count(e => e.StartsWith("done:c-1:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_reactions_the_reply_comment_says_done()
    {
        var plan = Plan("/outcome 4.5", hasReactions: false);

        Assert.Null(plan.React);
        var reply = Assert.IsType<CommentWrite>(Assert.Single(plan.Writes.Writes));
        Assert.Equal(CommandReply.Marker, reply.Content.Marker);
        Assert.Contains("`/outcome 4.5`: done.", reply.Content.Markdown);
    }

    [Fact]
    public void A_bad_line_is_answered_in_the_reply_and_only_the_good_lines_are_marked_done()
    {
        var plan = Plan("/outcome 4.5\n/frobnicate now", hasReactions: true);

        Assert.Null(plan.React);
        Assert.Contains("is not a Product Ops command", Assert.IsType<CommentWrite>(Assert.Single(plan.Writes.Writes)).Content.Markdown);
        Assert.Single(plan.Writes.Row.CommandLog, e => e.StartsWith("done:c-1:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_reading_plans_one_record_even_when_the_comment_names_it_twice()
    {
        var plan = Plan("/kpi activation 47%\n/kpi activation 48%", hasReactions: true);

        Assert.Equal(47, Assert.Single(plan.Kpis).Value);
        Assert.Contains("recorded already; write a new comment", Assert.IsType<CommentWrite>(Assert.Single(plan.Writes.Writes)).Content.Markdown);
    }

    [Fact]
    public void An_edited_reading_records_nothing_and_says_write_a_new_comment()
    {
        var recorded = new KpiValue("activation", 47, Now, "alice", "c-1");

        var plan = Plan("/kpi activation 48%", hasReactions: true, recorded: [recorded]);

        Assert.Empty(plan.Kpis);
        Assert.Contains("recorded already", Assert.IsType<CommentWrite>(Assert.Single(plan.Writes.Writes)).Content.Markdown);
        Assert.DoesNotContain(plan.Writes.Row.CommandLog, e => e.StartsWith("done:c-1:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reading_an_earlier_attempt_recorded_is_not_recorded_again_and_counts_as_done()
    {
        var plan = Plan("/kpi activation 47%", hasReactions: true, recorded: [new KpiValue("activation", 47, Now, "alice", "c-1")]);

        Assert.Empty(plan.Kpis);
        Assert.Equal("c-1", plan.React);
    }

    [Fact]
    public void An_estimate_plans_scoring_again_over_the_new_row_and_saves_it_once_with_the_snapshot()
    {
        var decision = Decide("/estimate reach 500\n/estimate impact high\n/estimate confidence 80%\n/estimate effort M", []);
        var scored = ItemPlanner.Plan(new ItemEvent(Item, "comment", "command", null), Item, decision.Row, Config, Now);

        var plan = CommandPlanner.Plan(decision, Record, Item, new CommandFollowUp(Item, scored.Writes, scored, null), Comment("x"), hasReactions: true, Handlers);

        Assert.Equal(["add label(s) priority:P2", "write the score comment:", "react to comment c-1"], plan.Describe().Select(l => l.Split('\n')[0]));
        Assert.Equal(4, plan.Writes.Row.Estimates.Count);
        Assert.True(plan.Writes.AppliesSnapshot);
        // A save before the end (the score comment's "creation started") keeps none of the commands' decisions.
        Assert.Same(Record, plan.Writes.Seen);
    }

    [Fact]
    public void Commands_that_score_nothing_leave_the_rows_fingerprint_alone()
    {
        Assert.False(Plan("/outcome 4.5", hasReactions: true).Writes.AppliesSnapshot);
    }

    [Fact]
    public void Someone_without_write_access_is_told_once_and_their_lines_do_nothing()
    {
        var lines = CommandParser.Parse("/score\n/roadmap");

        var first = CommandPlanner.Refuse(Record, Item, Comment("x"), lines);
        var again = CommandPlanner.Refuse(first.Writes.Row, Item, Comment("y") with { Id = "c-2" }, lines);

        Assert.Contains("were not run", Assert.IsType<CommentWrite>(Assert.Single(first.Writes.Writes)).Content.Markdown);
        Assert.Contains("told:alice", first.Writes.Row.CommandLog);
        Assert.Empty(again.Writes.Writes);
        Assert.Equal(2, again.Writes.Row.CommandLog.Count(e => e.StartsWith("done:c-2:", StringComparison.Ordinal)));
        Assert.False(first.RefreshRoadmapNow);
    }

    private static readonly WorkItem Item = new()
    {
        Key = Key,
        Title = "Export to CSV",
        Url = "https://github.com/octo/app/issues/42",
        UpdatedAt = Now.AddMinutes(-1),
    };

    private static readonly ItemRecord Record = ItemRecord.New(Key) with { Title = Item.Title, Url = Item.Url, State = ItemState.Open };

    private static PostedComment Comment(string body) => new("c-1", "alice", body, Now);

    private static CommandDecision Decide(string body, IReadOnlyCollection<KpiValue> recorded)
    {
        var lines = CommandParser.Parse(body);
        return CommandPlanner.Decide(lines, lines, Record, Item, Config, Comment(body), Handlers, recorded);
    }

    private static CommandPlan Plan(string body, bool hasReactions, IReadOnlyCollection<KpiValue>? recorded = null) =>
        CommandPlanner.Plan(Decide(body, recorded ?? []), Record, Item, null, Comment(body), hasReactions, Handlers);
}
