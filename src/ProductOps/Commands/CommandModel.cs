using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>A comment that may hold commands: its tracker id, author (login or Jira account id), text and time.</summary>
public sealed record PostedComment(string Id, string Author, string Body, DateTimeOffset At, bool ByBot = false);

/// <summary>What a command sees: the item's board-index row, the configuration, and the comment it came from.</summary>
public sealed record CommandContext(ItemRecord Record, ProductOpsConfig Config, PostedComment Comment);

/// <summary>
/// What a command decided: the new row, a KPI value to record, and an answer. An empty answer that is
/// <see cref="Ok"/> is a plain acknowledgement (a reaction); anything else is written in the reply comment.
/// </summary>
public sealed record CommandAnswer(bool Ok, string Text, ItemRecord Record, KpiValue? Kpi = null)
{
    /// <summary>Score the item again now, with the row this answer leaves (e.g. a new estimate).</summary>
    public bool Rescore { get; init; }

    /// <summary>Answer with the score breakdown after scoring (<c>/score explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>A phase to move to through its gate, as its label would (<c>/phase beta</c>).</summary>
    public string? Phase { get; init; }

    /// <summary>Refresh the roadmap now rather than after the debounce window (<c>/roadmap</c>).</summary>
    public bool Roadmap { get; init; }

    public static CommandAnswer Acknowledged(ItemRecord record, KpiValue? kpi = null) => new(true, "", record, kpi);

    public static CommandAnswer Invalid(ItemRecord record, string text) => new(false, text, record);
}

/// <summary>
/// One comment command. Handlers are registered in the container; the dispatcher finds them by
/// <see cref="Name"/>, so new commands (<c>/estimate</c>, <c>/score</c>, ...) are one class each.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The word after the slash, lowercase.</summary>
    string Name { get; }

    /// <summary>How to call it, for answers to a bad call: <c>/kpi &lt;goal&gt; &lt;value&gt;</c>.</summary>
    string Usage { get; }

    /// <summary>Decides what the command does; pure, so it is tested without a tracker.</summary>
    CommandAnswer Run(CommandContext context, string arguments);
}

/// <summary>The writes commands need beyond <see cref="ITracker"/>: who may use them, and a reaction.</summary>
public interface ICommandPort
{
    /// <summary>True when <paramref name="author"/> can write to the item's repository or project.</summary>
    Task<bool> CanWriteAsync(ItemKey item, string author, CancellationToken ct);

    /// <summary>Acknowledges a comment with a reaction; false when the tracker has none (Jira).</summary>
    Task<bool> ReactAsync(ItemKey item, string commentId, CancellationToken ct);
}

/// <summary>A tracker provider that can check commenters and react to comments; null means not now (a dry run).</summary>
public interface ICommandPorts
{
    ICommandPort? CommandsFor(CommentEvent ev);
}

/// <summary>A new or edited comment on an item, read from a delivery. <paramref name="Scope"/> says where to write.</summary>
public sealed record CommentEvent(WorkItem Item, PostedComment Comment, string Action, string? Scope) : EventReading;
