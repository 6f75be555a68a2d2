using Microsoft.Extensions.Logging;
using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Runs the commands in one comment, under the item's lock: checks the author may write, lets each
/// handler decide, records KPI values (once per comment), saves the row, then answers with a reaction
/// (everything done) or by editing the item's one reply comment (something needs saying).
/// </summary>
public sealed partial class CommandProcessor(IEnumerable<ICommandHandler> handlers, IItemStore items, IKpiHistory kpis, TimeProvider clock, ILogger<CommandProcessor> logger)
{
    private const int MaxLogEntries = 200;

    public async Task<ProcessingOutcome> HandleAsync(ITrackerProvider provider, CommentEvent ev, CancellationToken ct)
    {
        var lines = CommandParser.Parse(ev.Comment.Body);
        var port = (provider as ICommandPorts)?.CommandsFor(ev);
        if (lines.Count == 0 || ev.Comment.ByBot || port is null)
        {
            LogSkipped(ev.Item.Key, ev.Comment.Id, lines.Count == 0 ? "no commands" : ev.Comment.ByBot ? "written by a bot" : "no tracker credentials (dry run)");
            return ProcessingOutcome.Ignored;
        }

        var item = ev.Item;
        var record = await items.GetAsync(item.Key, ct) ?? ItemRecord.New(item.Key) with { Title = item.Title, Url = item.Url, State = item.State, Labels = item.Labels, CreatedAt = item.CreatedAt };
        var done = $"done:{ev.Comment.Id}";
        if (record.CommandLog.Contains(done))
        {
            LogSkipped(item.Key, ev.Comment.Id, "its commands ran before (a redelivered or edited comment)");
            return ProcessingOutcome.Ignored;
        }

        var session = provider.Open(new ItemEvent(item, "comment", ev.Action, ev.Scope));
        if (!await port.CanWriteAsync(item.Key, ev.Comment.Author, ct))
        {
            return await RefuseAsync(item, record, ev, session, done, ct);
        }

        var config = await session.GetConfigAsync(item.Key, ct);
        record = record with { Goal = record.Goal ?? GoalLink.For(item, config.Outcomes) };
        var answers = new List<(CommandLine, string?)>();
        var recorded = false;
        foreach (var line in lines)
        {
            var handler = handlers.FirstOrDefault(h => h.Name == line.Name);
            if (handler is null)
            {
                answers.Add((line, CommandReply.Unknown(line.Name, handlers)));
                continue;
            }
            var answer = handler.Run(new CommandContext(record, config, ev.Comment), line.Arguments);
            record = answer.Record;
            if (answer.Kpi is { } kpi && !await kpis.RecordAsync(item.Key.Provider, item.Key.Container, kpi, ct))
            {
                LogSkipped(item.Key, ev.Comment.Id, $"KPI value for {kpi.GoalId} recorded before");
            }
            recorded |= answer.Ok;
            answers.Add((line, answer.Ok ? null : answer.Text));
        }

        if (recorded)
        {
            record = Log(record, done);
        }
        if (answers.All(a => a.Item2 is null) && await port.ReactAsync(item.Key, ev.Comment.Id, ct))
        {
            await MarkedComments.SaveAsync(items, record, ct);
        }
        else
        {
            var reply = new MarkedCommentContent(CommandReply.Marker, CommandReply.Answers(ev.Comment.Author, answers, handlers));
            record = await MarkedComments.UpsertAsync(item, record, reply, session, items, clock.GetUtcNow(), ct);
            await MarkedComments.SaveAsync(items, record, ct);
        }
        LogRan(item.Key, ev.Comment.Id, answers.Count, answers.Count(a => a.Item2 is not null));
        return ProcessingOutcome.Applied;
    }

    /// <summary>Someone without write access: their commands do nothing, and they are told once per item.</summary>
    private async Task<ProcessingOutcome> RefuseAsync(WorkItem item, ItemRecord record, CommentEvent ev, ITrackerSession session, string done, CancellationToken ct)
    {
        var told = $"told:{ev.Comment.Author}";
        LogRefused(item.Key, ev.Comment.Id);
        if (!record.CommandLog.Contains(told))
        {
            var where = item.Key.Provider == Events.Providers.Jira ? "project" : "repository";
            var reply = new MarkedCommentContent(CommandReply.Marker, CommandReply.NotPermitted(ev.Comment.Author, where));
            record = await MarkedComments.UpsertAsync(item, Log(record, told), reply, session, items, clock.GetUtcNow(), ct);
        }
        await MarkedComments.SaveAsync(items, Log(record, done), ct);
        return ProcessingOutcome.Applied;
    }

    private static ItemRecord Log(ItemRecord record, string entry) =>
        record with { CommandLog = [.. record.CommandLog.Where(e => e != entry).TakeLast(MaxLogEntries - 1), entry] };

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Ran {Count} command(s) from comment {CommentId} on {Item}; {Problems} answered with a problem")]
    private partial void LogRan(ItemKey item, string commentId, int count, int problems);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Did not run the commands in comment {CommentId} on {Item}: its author cannot write there")]
    private partial void LogRefused(ItemKey item, string commentId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Comment {CommentId} on {Item} skipped: {Reason}")]
    private partial void LogSkipped(ItemKey item, string commentId, string reason);
}
