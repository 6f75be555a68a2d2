using ProductOps.Configuration;
using ProductOps.Gates;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Processing;

/// <summary>
/// Write budgets as plans: what one snapshot calls for, decided without a tracker or an index.
/// The end-to-end tests (Safety, Scoring, Gates) check that the applier writes exactly these.
/// </summary>
public sealed class ItemPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public void A_new_item_plans_its_priority_label_and_score_comment()
    {
        var plan = Plan(Item(Inputs), ItemRecord.New(Key));

        Assert.Equal([new LabelWrite("priority:P2", Add: true)], plan.Labels);
        Assert.Equal("score", Assert.Single(plan.Comments).Content.Marker);
        Assert.Equal(2, plan.Writes.Count);
        Assert.Equal("priority:P2", plan.Row.Priority);
        Assert.Null(plan.Row.SnapshotHash);
    }

    [Fact]
    public void An_unchanged_snapshot_plans_nothing()
    {
        var first = Plan(Item(Inputs), ItemRecord.New(Key));

        var again = Plan(Echo(first, Item(Inputs)), Applied(first));

        Assert.Empty(again.Writes);
        Assert.Empty(again.Announcements!);
    }

    [Fact]
    public void A_bucket_change_plans_3_writes_the_old_label_off_the_new_one_on_and_one_comment_edit()
    {
        var first = Plan(Item(Inputs), ItemRecord.New(Key));
        var changed = Echo(first, Item(Inputs)) is var seen ? seen with { Labels = [.. seen.Labels.Where(l => l != "reach:500"), "reach:50000"] } : null!;

        var plan = Plan(changed, Applied(first));

        Assert.NotEqual("priority:P2", plan.Row.Priority);
        Assert.Equal([new LabelWrite("priority:P2", Add: false), new LabelWrite(plan.Row.Priority!, Add: true)], plan.Labels);
        Assert.Equal("score", Assert.Single(plan.Comments).Content.Marker);
        Assert.Equal(3, plan.Writes.Count);
    }

    [Fact]
    public void Gates_see_the_labels_as_scoring_left_them()
    {
        // The gate forbids the needs-scoring label and requires a priority: both hold only after scoring.
        var gates = GatesConfig.Defaults with
        {
            Gates = new Dictionary<string, GateDefinition>
            {
                ["discovery"] = new(GateMode.Block, [new LabelsRequired(["priority:P2"], AnyOf: false), new LabelsForbidden(["needs-scoring"])]),
            },
        };
        var item = Item([.. Inputs, "needs-scoring", "phase:discovery"]);

        var plan = Plan(item, ItemRecord.New(Key), Config with { Gates = gates }, added: ["phase:discovery"]);

        Assert.Equal([new LabelWrite("needs-scoring", Add: false), new LabelWrite("priority:P2", Add: true)], plan.Labels);
        Assert.Equal("passed", plan.Row.GateStatus);
        Assert.Equal("discovery", plan.Row.Phase);
        Assert.Equal(["score", "gate"], plan.Comments.Select(c => c.Content.Marker));
    }

    [Fact]
    public void A_failed_blocking_gate_plans_the_failed_label_before_the_revert()
    {
        var gates = GatesConfig.Defaults with
        {
            Gates = new Dictionary<string, GateDefinition> { ["beta"] = new(GateMode.Block, [new LabelsForbidden(["blocked"])]) },
        };
        var inAlpha = Applied(Plan(Item(Inputs), ItemRecord.New(Key))) with { Phase = "alpha", PhaseHistory = [new PhaseChange("alpha", Now.AddDays(-20))] };
        var item = Item([.. Inputs, "priority:P2", "blocked", "phase:beta"]);

        var plan = Plan(item, inAlpha, Config with { Gates = gates }, added: ["phase:beta"]);

        Assert.Equal([new LabelWrite("gate:failed", Add: true), new LabelWrite("phase:beta", Add: false), new LabelWrite("phase:alpha", Add: true)], plan.Labels);
        Assert.Equal("alpha", plan.Row.Phase);
        Assert.Equal("failed", plan.Row.GateStatus);
        Assert.Equal("gate", Assert.Single(plan.Comments).Content.Marker);
    }

    [Fact]
    public void A_closed_item_plans_no_write_and_no_announcement()
    {
        var plan = ItemPlanner.Plan(Event(Item(Inputs) with { State = ItemState.Closed }), Item(Inputs) with { State = ItemState.Closed }, ItemRecord.New(Key), null, Now);

        Assert.Empty(plan.Writes);
        Assert.Null(plan.Announcements);
        Assert.Equal(ItemState.Closed, plan.Row.State);
    }

    [Fact]
    public void The_plan_prints_one_line_per_write()
    {
        var plan = Plan(Item(Inputs), ItemRecord.New(Key));

        Assert.Equal(["add label(s) priority:P2", "write the score comment:"], plan.Describe().Select(l => l.Split('\n')[0]));
    }

    private static readonly ItemKey Key = new("github", "octo/app", "42");
    private static readonly ProductOpsConfig Config = ProductOpsConfig.Defaults;

    private static WorkItem Item(string[] labels) => new()
    {
        Key = Key,
        Title = "Export to CSV",
        Url = "https://github.com/octo/app/issues/42",
        Labels = labels,
        UpdatedAt = Now.AddMinutes(-1),
    };

    private static ItemEvent Event(WorkItem item, IReadOnlyList<string>? added = null) =>
        new(item, "issues", added is null ? "edited" : "labeled", null) { AddedLabels = added };

    private static ItemPlan Plan(WorkItem item, ItemRecord before, ProductOpsConfig? config = null, IReadOnlyList<string>? added = null) =>
        ItemPlanner.Plan(Event(item, added), item, before, config ?? Config, Now);

    /// <summary>The row as the applier leaves it: the planned row with the comments it wrote.</summary>
    private static ItemRecord Applied(ItemPlan plan) =>
        plan.Comments.Aggregate(plan.Row, (row, c) => row.WithComment(c.Content.Marker, new CommentRecord("c-" + c.Content.Marker, c.Content.ContentHash)));

    /// <summary>The app's own label event: the snapshot shows the labels the plan left, a moment later.</summary>
    private static WorkItem Echo(ItemPlan plan, WorkItem item) => item with { Labels = plan.Row.Labels, UpdatedAt = item.UpdatedAt.AddSeconds(1) };
}
