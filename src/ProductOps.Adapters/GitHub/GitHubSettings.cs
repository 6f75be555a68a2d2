namespace ProductOps.GitHub;

/// <summary>The <c>GitHub:*</c> settings (environment variables <c>GitHub__Token</c> and so on).</summary>
public sealed class GitHubSettings
{
    public const string Section = "GitHub";

    /// <summary>The webhook secret; deliveries without a valid X-Hub-Signature-256 are refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Local-only escape hatch: accept unsigned deliveries when no secret is set.</summary>
    public bool AllowUnsignedWebhooks { get; set; }

    /// <summary>A personal access token (single repository or organisation).</summary>
    public string? Token { get; set; }

    /// <summary>GitHub App id; with <see cref="PrivateKey"/> the app acts through installation tokens.</summary>
    public long? AppId { get; set; }

    /// <summary>The GitHub App's private key, PEM text (newlines may be written as \n).</summary>
    public string? PrivateKey { get; set; }

    /// <summary>REST API root: https://api.github.com/ or https://HOST/api/v3/ for GitHub Enterprise Server.</summary>
    public Uri ApiUrl { get; set; } = new("https://api.github.com/");

    /// <summary>Gap between mutating requests per installation (GitHub's secondary rate limit guidance).</summary>
    public TimeSpan MutationInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait honoured in-process for retry-after / x-ratelimit-reset before the event is retried later.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest wait for one GitHub response; a GET that times out is retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a comment create whose answer was lost (timeout, reset) may still land on GitHub; the
    /// app looks for it again and waits this long before writing it a second time. GitHub answered
    /// 60 s late in the acceptance runs.
    /// </summary>
    public TimeSpan WriteSettleTime { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a repository's configuration is used before it is read again (conditionally).</summary>
    public TimeSpan ConfigCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    public bool HasAppCredentials => AppId is not null && !string.IsNullOrWhiteSpace(PrivateKey);

    public bool HasCredentials => HasAppCredentials || !string.IsNullOrWhiteSpace(Token);
}
