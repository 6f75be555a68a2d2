using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Processing;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Processing;

/// <summary>The dry run prints a plan's writes, in the plan's words, and makes none.</summary>
public sealed class DryRunPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_dry_run_prints_every_planned_write_project_fields_included()
    {
        var score = new BoardField("F1", "RICE", BoardFieldKind.Number, []);
        var priority = new BoardField("F2", "Priority", BoardFieldKind.SingleSelect, [new BoardOption("O1", "P2"), new BoardOption("O2", "P3")]);
        var card = new BoardCard("P1", "PVTI_1", 7, "Roadmap", new Dictionary<string, string> { ["Priority"] = "P3" }, [score, priority]);
        var item = new WorkItem
        {
            Key = new ItemKey("github", "octo/app", "42"),
            Title = "Export to CSV",
            Url = "https://github.com/octo/app/issues/42",
            Labels = ["reach:500", "impact:high", "confidence:80%", "effort:M"],
            Board = card,
            UpdatedAt = Now,
        };
        var defaults = ProductOpsConfig.Defaults;
        var config = defaults with { Scoring = defaults.Scoring with { Board = new() { ScoreField = "RICE", PriorityField = "Priority" } } };
        var plan = ItemPlanner.Plan(new ItemEvent(item, "issues", "edited", null), item, ItemRecord.New(item.Key), config, Now);
        using var logs = new LogCapture();
        using var loggers = new LoggerFactory([logs]);
        var session = new DryRunSession("GitHub", loggers.CreateLogger<DryRunSession>());

        foreach (var write in plan.Writes.Where(w => w is not CommentWrite))
        {
            await PlanApplier.WriteAsync(item.Key, write, session, CancellationToken.None);
        }

        Assert.Equal(["add label(s) priority:P2", "set project field 'RICE' to 800", "set project field 'Priority' to P2"],
            plan.Writes.Where(w => w is not CommentWrite).Select(w => w.ToString()));
        Assert.Equal(3, logs.Lines.Count);
        Assert.All(plan.Writes.Where(w => w is not CommentWrite), w => Assert.Contains(logs.Lines, l => l.Contains("DRY RUN") && l.Contains("would " + w)));
    }
}
