namespace ProductOps.Jira;

public sealed partial class JiraClient
{
    /// <summary>
    /// <c>GET /rest/api/3/myself</c>: the account the credentials belong to; a 401 means they are wrong.
    /// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
    /// </summary>
    public Task<JiraAccount> GetMyselfAsync(CancellationToken ct) =>
        SendAsync<JiraAccount>(HttpMethod.Get, "rest/api/3/myself", null, ct);
}

/// <summary>The parts of Jira's user record <c>productops doctor</c> shows.</summary>
public sealed record JiraAccount(string? AccountId, string? DisplayName, string? EmailAddress);
