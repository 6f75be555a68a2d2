using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Decides what a comment's commands call for, as pure functions of the lines, the row, the configuration and
/// what the tracker and the KPI history showed: which lines run, the new row, the readings to record, and the
/// answer (a reaction, or the one reply comment). <see cref="CommandProcessor"/> reads, then plans, then applies.
/// </summary>
public static class CommandPlanner
{
    /// <summary>Runs each line's handler over the row the previous one left (an estimate counts for the next line).</summary>
    /// <param name="lines">Every command line of the comment's latest version (the log keeps only these).</param>
    /// <param name="fresh">The lines that did not run before: the ones to run.</param>
    /// <param name="recorded">The readings this comment recorded before (KPI rows are keyed by goal and comment).</param>
    public static CommandDecision Decide(
        IReadOnlyList<CommandLine> lines, IReadOnlyList<CommandLine> fresh, ItemRecord record, WorkItem item, ProductOpsConfig config,
        PostedComment comment, IReadOnlyList<ICommandHandler> handlers, IReadOnlyCollection<KpiValue> recorded)
    {
        var row = CommandLog.Forget(record, comment.Id, lines) with { Goal = record.Goal ?? GoalLink.For(item, config.Outcomes) };
        var answers = new List<CommandReply.Answer>();
        var kpis = new List<KpiValue>();
        var follow = new CommandAnswer(true, "", row);
        foreach (var line in fresh)
        {
            var handler = handlers.FirstOrDefault(h => h.Name == line.Name);
            if (handler is null)
            {
                answers.Add(new(line, false, CommandReply.Unknown(line.Name, handlers)));
                continue;
            }
            var answer = handler.Run(new CommandContext(row, config, comment), line.Arguments);
            row = answer.Record;
            if (answer.Kpi is { } kpi)
            {
                var before = recorded.Concat(kpis).FirstOrDefault(r => r.GoalId == kpi.GoalId && r.SourceId == kpi.SourceId);
                if (before is null)
                {
                    kpis.Add(kpi);
                }
                else if (before.Value != kpi.Value || kpis.Contains(before))
                {
                    // KPI rows are keyed by goal and comment: an edited value cannot replace the reading.
                    answer = CommandAnswer.Invalid(row, $"this comment's reading for `{kpi.GoalId}` is recorded already; write a new comment for a new reading.");
                }
                // Else the same reading, recorded by an earlier attempt at this comment that did not save its row.
            }
            if (answer.Ok)
            {
                row = CommandLog.Add(row, CommandLog.Done(comment.Id, line));
                follow = follow with { Rescore = follow.Rescore || answer.Rescore, Explain = follow.Explain || answer.Explain, Phase = answer.Phase ?? follow.Phase, Roadmap = follow.Roadmap || answer.Roadmap };
            }
            answers.Add(new(line, answer.Ok, answer.Text));
        }
        return new CommandDecision(row, answers, kpis, follow);
    }

    /// <summary>
    /// The decision with its follow-up and its answer: a reaction when every command is done with nothing to say
    /// and the tracker has reactions, else the reply comment, written last. One save of the row at the end.
    /// </summary>
    /// <param name="before">The row as read: what a save before the end (a comment's "creation started") keeps.</param>
    public static CommandPlan Plan(CommandDecision decision, ItemRecord before, WorkItem item, CommandFollowUp? followUp, PostedComment comment, bool hasReactions, IReadOnlyList<ICommandHandler> handlers)
    {
        var writes = new List<PlannedWrite>(followUp?.Writes ?? []);
        var detail = followUp?.Explanation;
        string? react = null;
        if (detail is null && decision.Answers.All(a => a.Ok && a.Text.Length == 0) && hasReactions)
        {
            react = comment.Id;
        }
        else
        {
            writes.Add(new CommentWrite(new MarkedCommentContent(CommandReply.Marker, CommandReply.Answers(comment.Author, decision.Answers, handlers, detail))));
        }
        // Scored again: the row the item plan leaves, saved with the fingerprint of the snapshot read back.
        var scored = followUp?.Plan;
        var plan = new ItemPlan(before, scored?.Row ?? decision.Row, writes, scored?.Announcements) { AppliesSnapshot = scored is not null };
        return new CommandPlan(followUp?.Item ?? item, decision.Answers, decision.Kpis, plan, react, decision.Follow.Roadmap, scored is null ? null : followUp!.Item.Board);
    }

    /// <summary>
    /// Someone without write access: their lines are marked done and do nothing, and they are told once per item
    /// (<c>told:&lt;person&gt;</c> in the log).
    /// </summary>
    public static CommandPlan Refuse(ItemRecord record, WorkItem item, PostedComment comment, IReadOnlyList<CommandLine> fresh)
    {
        var told = $"told:{comment.Author}";
        var writes = new List<PlannedWrite>();
        var row = record;
        if (!record.CommandLog.Contains(told))
        {
            var where = item.Key.Provider == Events.Providers.Jira ? "project" : "repository";
            writes.Add(new CommentWrite(new MarkedCommentContent(CommandReply.Marker, CommandReply.NotPermitted(comment.Author, where))));
            row = CommandLog.Add(row, told);
        }
        row = fresh.Aggregate(row, (r, line) => CommandLog.Add(r, CommandLog.Done(comment.Id, line)));
        return new CommandPlan(item, [], [], new ItemPlan(record, row, writes, null) { AppliesSnapshot = false }, null, false);
    }
}
