namespace ProductOps.Jira;

public sealed partial class JiraClient
{
    /// <summary>
    /// True when the account holds <paramref name="permission"/> (e.g. <c>EDIT_ISSUES</c>) on the issue.
    /// <c>/rest/api/3/mypermissions</c> answers only for the caller, and the bulk check
    /// (<c>POST /rest/api/3/permissions/check</c>) needs the Administer Jira global permission to ask about
    /// someone else; <c>GET /rest/api/3/user/permission/search</c> with an exact <c>accountId</c> needs only
    /// Administer Projects on the project, and answers the user when they hold the permission, nobody otherwise.
    /// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-permission-search-get
    /// </summary>
    public async Task<bool> HasPermissionAsync(string issueKey, string accountId, string permission, CancellationToken ct)
    {
        var users = await SendAsync<List<JiraUser>>(HttpMethod.Get,
            $"rest/api/3/user/permission/search?accountId={Esc(accountId)}&issueKey={Esc(issueKey)}&permissions={Esc(permission)}&maxResults=1000",
            null, ct).ConfigureAwait(false);
        return users.Any(u => u.AccountId == accountId);
    }
}
