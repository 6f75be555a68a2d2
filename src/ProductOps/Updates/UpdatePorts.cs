namespace ProductOps.Updates;

/// <summary>The <c>updates</c> queue, as the producers (event processing, the digest) see it.</summary>
public interface IUpdateQueue
{
    Task EnqueueAsync(UpdateMessage update, CancellationToken ct);
}

/// <summary>What was already delivered, per update and target.</summary>
public interface IUpdateDeliveryLog
{
    Task<DeliveryState> GetAsync(UpdateMessage update, CancellationToken ct);

    Task MarkSendingAsync(UpdateMessage update, CancellationToken ct);

    Task MarkDeliveredAsync(UpdateMessage update, CancellationToken ct);
}

/// <summary>Never tried; tried but not known to have arrived; delivered.</summary>
public enum DeliveryState { New, Sending, Delivered }

/// <summary>One way to deliver an update: tracker comments, Slack, Teams, a JSON webhook.</summary>
public interface IUpdateChannel
{
    bool Handles(UpdateTargetKind kind);

    /// <summary>The text syntax the channel shows, which decides how the template's text is escaped.</summary>
    TextDialect Dialect { get; }

    /// <param name="retry">True when an earlier attempt may have delivered it (a comment is looked for first).</param>
    Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct);
}

/// <summary>Markdown (GitHub, Jira through ADF, JSON webhooks), Slack mrkdwn, or Teams' Adaptive Card Markdown.</summary>
public enum TextDialect { Markdown, Slack, Teams }

/// <summary>A delivery failed: transient failures are retried with backoff, permanent ones are kept in <c>updates-poison</c> at once.</summary>
public sealed class UpdateDeliveryException(string reason, bool permanent, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}

/// <summary>The repositories and projects a digest runs over, each with the scope (installation) that can write to it.</summary>
public interface IDigestRegistry
{
    Task RememberAsync(string provider, string container, string? scope, CancellationToken ct);
}

/// <summary>Told each time a roadmap is refreshed, with the page and the container's configuration (roadmap-changed announcements).</summary>
public interface IRoadmapChangeListener
{
    Task RefreshedAsync(string provider, string container, string? scope, Roadmap.RoadmapPage page, Configuration.ProductOpsConfig config, string? roadmapIssue, CancellationToken ct);
}
