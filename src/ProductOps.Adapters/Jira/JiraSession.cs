using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <summary>
/// The tracker port over one Jira site (a <see cref="JiraTracker"/>, or a dry run's logging tracker).
/// A rate limit longer than the client waits in-process becomes <see cref="RetryLaterException"/>: the event goes back
/// to the queue for that long instead of counting as a failure.
/// </summary>
/// <param name="read">Reads an issue back from Jira; null in a dry run (no credentials).</param>
public sealed class JiraSession(ITracker tracker, Func<ItemKey, CancellationToken, Task<WorkItem?>>? read = null) : ITrackerSession
{
    public Task AddLabelsAsync(ItemKey item, IReadOnlyCollection<string> labels, CancellationToken ct) =>
        Limited(async () => { await tracker.AddLabelsAsync(item, labels, ct); return 0; });

    public Task RemoveLabelAsync(ItemKey item, string label, CancellationToken ct) =>
        Limited(async () => { await tracker.RemoveLabelAsync(item, label, ct); return 0; });

    public Task<MarkedComment?> FindCommentAsync(ItemKey item, string marker, CancellationToken ct) =>
        Limited(() => tracker.FindCommentAsync(item, marker, ct));

    public Task<string> CreateCommentAsync(ItemKey item, MarkedCommentContent content, CancellationToken ct) =>
        Limited(() => tracker.CreateCommentAsync(item, content, ct));

    public Task<bool> UpdateCommentAsync(ItemKey item, string commentId, MarkedCommentContent content, CancellationToken ct) =>
        Limited(() => tracker.UpdateCommentAsync(item, commentId, content, ct));

    public TimeSpan WriteSettleTime => tracker.WriteSettleTime;

    public Task SetNumberFieldAsync(ItemKey item, string fieldName, double? value, CancellationToken ct) =>
        Limited(async () => { await tracker.SetNumberFieldAsync(item, fieldName, value, ct); return 0; });

    /// <summary>Item keys are ("jira", projectKey, issueKey): the container is the project.</summary>

    public Task<WorkItem?> ReadItemAsync(ItemKey item, CancellationToken ct) =>
        read is null ? Task.FromResult<WorkItem?>(null) : read(item, ct);

    /// <summary>Product Ops creates no Jira issues (its Jira roadmap target is an issue the operator names).</summary>
    public Task<bool> IsOwnItemAsync(WorkItem item, CancellationToken ct) => Task.FromResult(false);

    internal static async Task<T> Limited<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (JiraApiException e) when (e.RetryAfter is { } wait && (int)e.Status is 429 or 503)
        {
            throw new RetryLaterException(wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), $"Jira answered {(int)e.Status}: retry in {wait.TotalSeconds:0} s");
        }
    }
}
