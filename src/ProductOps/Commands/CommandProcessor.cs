using Microsoft.Extensions.Logging;
using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Runs the commands in one comment, under the item's lock: checks the author may write, lets each
/// handler decide, records KPI values, saves the row, scores the item again or moves its phase when a
/// command asks, then answers with a reaction (everything done) or by editing the item's one reply comment.
/// Each command line runs once per comment (docs/commands.md, "Recorded once").
/// </summary>
public sealed partial class CommandProcessor(IEnumerable<ICommandHandler> handlers, IItemStore items, IKpiHistory kpis, TimeProvider clock, ILogger<CommandProcessor> logger)
{
    public async Task<CommandRun> HandleAsync(ITrackerProvider provider, CommentEvent ev, ItemReapply reapply, CancellationToken ct)
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
        if (!await port.CanWriteAsync(item.Key, ev.Comment.Author, ct))
        {
            return new CommandRun(await RefuseAsync(item, record, ev, fresh, session, ct));
        }

        var config = (await provider.ReadConfigAsync(item.Key.Container, ev.Scope, ct)).Config;
        record = CommandLog.Forget(record, ev.Comment.Id, lines) with { Goal = record.Goal ?? GoalLink.For(item, config.Outcomes) };
        var answers = new List<CommandReply.Answer>();
        var follow = new CommandAnswer(true, "", record);
        foreach (var line in fresh)
        {
            var handler = handlers.FirstOrDefault(h => h.Name == line.Name);
            if (handler is null)
            {
                answers.Add(new(line, false, CommandReply.Unknown(line.Name, handlers)));
                continue;
            }
            var answer = handler.Run(new CommandContext(record, config, ev.Comment), line.Arguments);
            record = answer.Record;
            if (answer.Kpi is { } kpi && !await kpis.RecordAsync(item.Key.Provider, item.Key.Container, kpi, ct))
            {
                // KPI rows are keyed by goal and comment: an edited value cannot replace the reading.
                answer = CommandAnswer.Invalid(record, $"this comment's reading for `{kpi.GoalId}` is recorded already; write a new comment for a new reading.");
            }
            if (answer.Ok)
            {
                record = CommandLog.Add(record, CommandLog.Done(ev.Comment.Id, line));
                follow = follow with { Rescore = follow.Rescore || answer.Rescore, Explain = follow.Explain || answer.Explain, Phase = answer.Phase ?? follow.Phase, Roadmap = follow.Roadmap || answer.Roadmap };
            }
            answers.Add(new(line, answer.Ok, answer.Text));
        }

        // Saved before scoring, which reads the row: the new estimates count at once.
        record = await MarkedComments.SaveAsync(items, record, ct);
        string? detail = null;
        if (follow.Rescore || follow.Phase is not null)
        {
            var current = await CommandFollowUps.ReapplyAsync(item, follow.Phase, config, session, reapply, ev.Scope, ct);
            record = await items.GetAsync(item.Key, ct) ?? record;
            detail = follow.Explain ? CommandFollowUps.Explain(current, record, config) : null;
        }

        if (detail is null && answers.All(a => a.Ok && a.Text.Length == 0) && await port.ReactAsync(item.Key, ev.Comment.Id, ct))
        {
            await MarkedComments.SaveAsync(items, record, ct);
        }
        else
        {
            var reply = new MarkedCommentContent(CommandReply.Marker, CommandReply.Answers(ev.Comment.Author, answers, handlers, detail));
            record = await MarkedComments.UpsertAsync(item, record, reply, session, items, clock.GetUtcNow(), ct);
            await MarkedComments.SaveAsync(items, record, ct);
        }
        LogRan(item.Key, ev.Comment.Id, answers.Count, answers.Count(a => !a.Ok));
        return new CommandRun(ProcessingOutcome.Applied, follow.Roadmap);
    }

    /// <summary>Someone without write access: their commands do nothing, and they are told once per item.</summary>
    private async Task<ProcessingOutcome> RefuseAsync(WorkItem item, ItemRecord record, CommentEvent ev, IReadOnlyList<CommandLine> lines, ITrackerSession session, CancellationToken ct)
    {
        var told = $"told:{ev.Comment.Author}";
        LogRefused(item.Key, ev.Comment.Id);
        if (!record.CommandLog.Contains(told))
        {
            var where = item.Key.Provider == Events.Providers.Jira ? "project" : "repository";
            var reply = new MarkedCommentContent(CommandReply.Marker, CommandReply.NotPermitted(ev.Comment.Author, where));
            record = await MarkedComments.UpsertAsync(item, CommandLog.Add(record, told), reply, session, items, clock.GetUtcNow(), ct);
        }
        foreach (var line in lines)
        {
            record = CommandLog.Add(record, CommandLog.Done(ev.Comment.Id, line));
        }
        await MarkedComments.SaveAsync(items, record, ct);
        return ProcessingOutcome.Applied;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Ran {Count} command(s) from comment {CommentId} on {Item}; {Problems} answered with a problem")]
    private partial void LogRan(ItemKey item, string commentId, int count, int problems);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Did not run the commands in comment {CommentId} on {Item}: its author cannot write there")]
    private partial void LogRefused(ItemKey item, string commentId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Comment {CommentId} on {Item} skipped: {Reason}")]
    private partial void LogSkipped(ItemKey item, string commentId, string reason);
}
