using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>
/// What runs when no tracker credentials are configured: every write is logged as planned, not
/// made, and the default configuration applies. A new user sees the app work with nothing set up.
/// </summary>
public sealed partial class DryRunSession(string tracker, ILogger<DryRunSession> logger) : ITrackerSession
{
    public Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct)
    {
        LogPlanned(tracker, item, $"add label(s) {string.Join(", ", labels)}");
        return Task.CompletedTask;
    }

    public Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct)
    {
        LogPlanned(tracker, item, $"remove label {label}");
        return Task.CompletedTask;
    }

    public Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct) => Task.FromResult<MarkedComment?>(null);

    public Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct)
    {
        LogPlanned(tracker, item, $"create the {content.Marker} comment:\n{content.Markdown}");
        return Task.FromResult($"dry-run-{content.Marker}");
    }

    public Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct)
    {
        LogPlanned(tracker, item, $"update the {content.Marker} comment:\n{content.Markdown}");
        return Task.FromResult(true);
    }

    public Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct)
    {
        LogPlanned(tracker, item, $"set field '{fieldName}' to {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(empty)"}");
        return Task.CompletedTask;
    }

    public TimeSpan WriteSettleTime => TimeSpan.Zero;

    public Task<ProductOpsConfig> GetConfigAsync(ItemKey item, CancellationToken ct) => Task.FromResult(ProductOpsConfig.Defaults);

    /// <summary>Without credentials there is nothing to read: the delivery's snapshot stands.</summary>
    public Task<WorkItem?> ReadItemAsync(ItemKey item, CancellationToken ct) => Task.FromResult<WorkItem?>(null);

    /// <summary>Without credentials the app has no identity, so it owns no items.</summary>
    public Task<bool> IsOwnItemAsync(WorkItem item, CancellationToken ct) => Task.FromResult(false);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "DRY RUN (no {Tracker} credentials): would {Action} on {Item}")]
    private partial void LogPlanned(string tracker, ItemKey item, string action);
}
