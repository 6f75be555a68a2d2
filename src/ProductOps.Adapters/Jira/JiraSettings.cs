namespace ProductOps.Jira;

/// <summary>
/// The <c>Jira:*</c> settings (environment variables <c>Jira__BaseUrl</c> and so on); every key and
/// its default is in docs/jira.md.
/// </summary>
public sealed class JiraSettings
{
    public const string Section = "Jira";

    /// <summary>The admin webhook's secret; deliveries without a valid X-Hub-Signature are refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Local-only escape hatch: accept unsigned deliveries when no secret is set.</summary>
    public bool AllowUnsignedWebhooks { get; set; }

    /// <summary>The site, e.g. https://your-domain.atlassian.net/.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The Atlassian account whose API token is used (Basic auth).</summary>
    public string? Email { get; set; }

    /// <summary>An API token of <see cref="Email"/>'s account; never logged.</summary>
    public string? ApiToken { get; set; }

    /// <summary>Longest Retry-After honoured in-process; a longer one retries the event later from the queue.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Site-wide configuration YAML (the layer under every project's), as text.</summary>
    public string? Config { get; set; }

    /// <summary>Site-wide configuration YAML, as a file path (relative paths are from the app's folder).</summary>
    public string? ConfigPath { get; set; }

    /// <summary>Per project key ("PROJ"): that project's configuration YAML, as text or a file path.</summary>
    public Dictionary<string, JiraProjectSettings> Projects { get; set; } = [];

    public bool HasCredentials => BaseUrl is not null && !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(ApiToken);

    public JiraCredentials ToCredentials() => HasCredentials
        ? new JiraCredentials { BaseUrl = BaseUrl!, Email = Email!, ApiToken = ApiToken! }
        : throw new InvalidOperationException("Jira:BaseUrl, Jira:Email and Jira:ApiToken must all be set.");

    /// <summary>A project's settings; project keys match case-insensitively, as configuration keys do.</summary>
    public JiraProjectSettings? Project(string key) =>
        Projects.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
