namespace ProductOps.Jira;

/// <summary>
/// What the Jira client signs in with, taken from <see cref="JiraSettings"/>: site URL and an API token
/// with its owner's email, used for Basic auth (https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/).
/// </summary>
public sealed class JiraCredentials
{
    public required Uri BaseUrl { get; init; }
    public required string Email { get; init; }
    public required string ApiToken { get; init; }

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"Jira {BaseUrl} as {Email}";
}
