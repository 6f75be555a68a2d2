namespace ProductOps.Jira;

/// <summary>
/// The <c>Jira</c> configuration section: site URL and an API token with its owner's email, used
/// for Basic auth (https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/).
/// </summary>
public sealed class JiraOptions
{
    public required Uri BaseUrl { get; init; }
    public required string Email { get; init; }
    public required string ApiToken { get; init; }

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"Jira {BaseUrl} as {Email}";
}

/// <summary>Bounds for <see cref="JiraRetryHandler"/>.</summary>
public sealed record JiraRetryOptions
{
    /// <summary>Total tries, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff delay for a 5xx without Retry-After; doubled on every further try.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait we accept; a longer Retry-After is handed back to the caller as the error it is.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);
}
