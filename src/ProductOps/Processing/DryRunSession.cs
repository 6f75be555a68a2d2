using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// What runs when no tracker credentials are configured (and under the command line's <c>--dry-run</c>):
/// <see cref="PlanApplier"/> carries the plan out against it, and it prints each planned write in the
/// plan's words (<see cref="PlannedWrite"/>) instead of making it; the default configuration applies.
/// A new user sees the app work with nothing set up.
/// </summary>
/// <param name="reason">Why nothing is written, as the log says it: "no GitHub credentials", or the command line's "--dry-run".</param>
public sealed partial class DryRunSession(string reason, ILogger<DryRunSession> logger) : ITrackerSession, IBoardTracker, IConfigReportTracker
{
    /// <summary>The planned report, printed instead of written.</summary>
    public Task ReportConfigAsync(string container, ConfigReport report, CancellationToken ct)
    {
        LogPlannedReport(reason, new ConfigReportWrite(container, report, "").ToString());
        return Task.CompletedTask;
    }

    public Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct)
    {
        LogPlanned(reason, item, string.Join("; ", labels.Select(l => new LabelWrite(l, Add: true))));
        return Task.CompletedTask;
    }

    public Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct)
    {
        LogPlanned(reason, item, new LabelWrite(label, Add: false).ToString());
        return Task.CompletedTask;
    }

    public Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct) => Task.FromResult<MarkedComment?>(null);

    public Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct)
    {
        LogPlanned(reason, item, $"create the {content.Marker} comment:\n{content.Markdown}");
        return Task.FromResult($"dry-run-{content.Marker}");
    }

    public Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct)
    {
        LogPlanned(reason, item, $"update the {content.Marker} comment:\n{content.Markdown}");
        return Task.FromResult(true);
    }

    public Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct)
    {
        LogPlanned(reason, item, new FieldWrite(fieldName, value).ToString());
        return Task.CompletedTask;
    }

    /// <summary>Without credentials no card can be read: a backfill's card stands, an event has none.</summary>
    public Task<BoardCard?> ReadCardAsync(ItemKey item, Scoring.BoardConfig board, CancellationToken ct) => Task.FromResult<BoardCard?>(null);

    public Task SetNumberAsync(BoardCard card, BoardField field, double? value, CancellationToken ct) => PlannedOnCard(card, new BoardFieldWrite(card, field, value, null));

    public Task SetOptionAsync(BoardCard card, BoardField field, BoardOption? option, CancellationToken ct) => PlannedOnCard(card, new BoardFieldWrite(card, field, null, option));

    public TimeSpan WriteSettleTime => TimeSpan.Zero;

    /// <summary>Without credentials there is nothing to read: the delivery's snapshot stands.</summary>
    public Task<WorkItem?> ReadItemAsync(ItemKey item, CancellationToken ct) => Task.FromResult<WorkItem?>(null);

    /// <summary>Without credentials the app has no identity, so it owns no items.</summary>
    public Task<bool> IsOwnItemAsync(WorkItem item, CancellationToken ct) => Task.FromResult(false);

    private Task PlannedOnCard(BoardCard card, BoardFieldWrite write)
    {
        LogPlannedOnCard(reason, card.ProjectTitle, card.ItemId, write.ToString());
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "DRY RUN ({Reason}): would {Action} on card {Card} of project {Project}")]
    private partial void LogPlannedOnCard(string reason, string project, string card, string action);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "DRY RUN ({Reason}): would {Action}")]
    private partial void LogPlannedReport(string reason, string action);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "DRY RUN ({Reason}): would {Action} on {Item}")]
    private partial void LogPlanned(string reason, ItemKey item, string action);
}
