using Microsoft.Extensions.Logging;
using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Runs the commands in one comment, under the item's lock: reads (the row, whether the author may write, the
/// configuration, readings this comment recorded before, the item and its card when it is scored again), then
/// plans (<see cref="CommandPlanner"/>: which lines run, the new row, the KPI readings, the follow-up through
/// <see cref="ItemPlanner"/>, a reaction or the reply comment), then applies (<see cref="PlanApplier"/>), which
/// saves the row once. Each command line runs once per comment (docs/commands.md, "Recorded once").
/// </summary>
public sealed partial class CommandProcessor(IEnumerable<ICommandHandler> handlers, IItemStore items, IKpiHistory kpis, TimeProvider clock, ILogger<CommandProcessor> logger, UpdateAnnouncer? announcer = null)
{
    private readonly IReadOnlyList<ICommandHandler> handlers = handlers.ToList();

    public async Task<CommandRun> HandleAsync(ITrackerProvider provider, CommentEvent ev, CancellationToken ct)
    {
        var lines = CommandParser.Parse(ev.Comment.Body);
        var port = (provider as ICommandPorts)?.CommandsFor(ev);
        if (lines.Count == 0 || ev.Comment.ByBot || port is null)
        {
            LogSkipped(ev.Item.Key, ev.Comment.Id, lines.Count == 0 ? "no commands" : ev.Comment.ByBot ? "written by a bot" : "no tracker credentials (dry run)");
            return new CommandRun(ProcessingOutcome.Ignored);
        }

        var item = ev.Item;
        var record = await items.GetAsync(item.Key, ct) ?? ItemRecord.New(item.Key) with { Title = item.Title, Url = item.Url, State = item.State, Labels = item.Labels, CreatedAt = item.CreatedAt };
        // A redelivery runs nothing; an edit runs only the lines it added or changed.
        var fresh = lines.DistinctBy(l => CommandLog.Done(ev.Comment.Id, l)).Where(l => !CommandLog.Ran(record, ev.Comment.Id, l)).ToList();
        if (fresh.Count == 0)
        {
            LogSkipped(item.Key, ev.Comment.Id, "its commands ran before (a redelivered or edited comment)");
            return new CommandRun(ProcessingOutcome.Ignored);
        }

        var session = provider.Open(new ItemEvent(item, "comment", ev.Action, ev.Scope));
        var now = clock.GetUtcNow();
        if (!await port.CanWriteAsync(item.Key, ev.Comment.Author, ct))
        {
            LogRefused(item.Key, ev.Comment.Id);
            await PlanApplier.ApplyAsync(CommandPlanner.Refuse(record, item, ev.Comment, fresh), session, port, kpis, items, announcer, ev.Scope, now, ct);
            return new CommandRun(ProcessingOutcome.Applied);
        }

        var config = (await provider.ReadConfigAsync(item.Key.Container, ev.Scope, ct)).Config;
        var decision = CommandPlanner.Decide(lines, fresh, record, item, config, ev.Comment, handlers, []);
        if (decision.Kpis.Count > 0)
        {
            // A reading this comment recorded before (an edited value, or an attempt that did not get to save the row).
            var recorded = new List<KpiValue>();
            foreach (var kpi in decision.Kpis)
            {
                if (await kpis.FindAsync(item.Key.Provider, item.Key.Container, kpi.GoalId, kpi.SourceId, ct) is { } before)
                {
                    recorded.Add(before);
                }
            }
            decision = recorded.Count == 0 ? decision : CommandPlanner.Decide(lines, fresh, record, item, config, ev.Comment, handlers, recorded);
        }
        var followUp = await CommandFollowUps.PlanAsync(item, decision, config, session, ev.Scope, now, ct);
        var plan = CommandPlanner.Plan(decision, record, item, followUp, ev.Comment, port.HasReactions, handlers);

        var saved = await PlanApplier.ApplyAsync(plan, session, port, kpis, items, announcer, ev.Scope, now, ct);
        LogRan(item.Key, ev.Comment.Id, decision.Answers.Count, decision.Answers.Count(a => !a.Ok));
        return new CommandRun(ProcessingOutcome.Applied, decision.Follow.Roadmap, plan.Writes.AppliesSnapshot ? saved : null, plan.Card);
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Ran {Count} command(s) from comment {CommentId} on {Item}; {Problems} answered with a problem")]
    private partial void LogRan(ItemKey item, string commentId, int count, int problems);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Did not run the commands in comment {CommentId} on {Item}: its author cannot write there")]
    private partial void LogRefused(ItemKey item, string commentId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Comment {CommentId} on {Item} skipped: {Reason}")]
    private partial void LogSkipped(ItemKey item, string commentId, string reason);
}
