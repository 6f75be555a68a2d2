namespace ProductOps.Jira;

/// <summary>Bounds for <see cref="JiraRetryHandler"/>.</summary>
public sealed record JiraRetryPolicy
{
    /// <summary>Total tries, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff delay for a 5xx without Retry-After; doubled on every further try.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait we accept; a longer Retry-After is handed back to the caller as the error it is.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);
}
