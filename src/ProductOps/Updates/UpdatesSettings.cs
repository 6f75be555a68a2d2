namespace ProductOps.Updates;

/// <summary>
/// The app's <c>Updates:*</c> settings (environment variables <c>Updates__DigestSchedule</c> and so on):
/// webhook addresses and secrets stay here, never in a repository's file. Every key is in docs/updates.md.
/// </summary>
public sealed class UpdatesSettings
{
    public const string Section = "Updates";

    /// <summary>NCRONTAB with seconds, in UTC: Mondays 09:00 by default.</summary>
    public string DigestSchedule { get; set; } = "0 0 9 * * 1";

    /// <summary>Attempts per delivery before the update is kept in <c>updates-poison</c>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; doubled on every further attempt, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one template may render before it is stopped.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a webhook may take to answer.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Named webhooks (<c>Updates:Webhooks:product-team:Url</c>) that <c>slack:</c>, <c>teams:</c> and <c>webhook:</c> targets name.</summary>
    public Dictionary<string, WebhookSettings> Webhooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Jira projects' template overrides: <c>Updates:JiraTemplates:PROJ:digest</c> = the template text.</summary>
    public Dictionary<string, Dictionary<string, string>> JiraTemplates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan RetryDelayFor(long attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * (1L << (int)Math.Clamp(attempt - 1, 0, 20))));
}
