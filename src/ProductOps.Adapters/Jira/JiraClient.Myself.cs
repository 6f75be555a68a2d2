namespace ProductOps.Jira;

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
public sealed partial class JiraClient
{
    private readonly object myselfGate = new();
    private Task<JiraUser>? myself;

    /// <summary>
    /// The accountId of the user the API token belongs to: the author of every comment the app writes.
    /// Read once per client; a failed read is asked again next time.
    /// </summary>
    public async Task<string> GetMyAccountIdAsync(CancellationToken ct)
    {
        Task<JiraUser> pending;
        lock (myselfGate)
        {
            pending = myself ??= SendAsync<JiraUser>(HttpMethod.Get, "rest/api/3/myself", null, CancellationToken.None);
        }
        try
        {
            return (await pending.WaitAsync(ct).ConfigureAwait(false)).AccountId
                ?? throw new System.Text.Json.JsonException("Jira answered GET /rest/api/3/myself without an accountId.");
        }
        catch (Exception) when (pending.IsFaulted || pending.IsCanceled)
        {
            lock (myselfGate)
            {
                if (myself == pending)
                {
                    myself = null;
                }
            }
            throw;
        }
    }

    /// <summary>
    /// <c>GET /rest/api/3/myself</c> read fresh (not cached): the account the credentials belong to;
    /// a 401 means they are wrong. Used by <c>productops doctor</c>.
    /// </summary>
    public Task<JiraAccount> GetMyselfAsync(CancellationToken ct) =>
        SendAsync<JiraAccount>(HttpMethod.Get, "rest/api/3/myself", null, ct);
}
