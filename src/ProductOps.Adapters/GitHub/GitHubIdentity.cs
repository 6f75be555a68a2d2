using Octokit;

namespace ProductOps.GitHub;

/// <summary>
/// The login GitHub shows as the author of what Product Ops writes, read once and cached: for a
/// personal token the authenticated user (<c>GET /user</c>), for a GitHub App its bot user
/// <c>&lt;slug&gt;[bot]</c> (<c>GET /app</c> with the app's JWT). Only comments and issues by this
/// login are the app's own; anyone can type a marker.
/// https://docs.github.com/rest/users/users#get-the-authenticated-user
/// https://docs.github.com/rest/apps/apps#get-the-authenticated-app
/// </summary>
public sealed class GitHubIdentity(Func<Task<string>> resolve)
{
    private readonly object gate = new();
    private Task<string>? login;

    public static GitHubIdentity ForToken(IGitHubClient client) =>
        new(async () => (await client.User.Current()).Login);

    public static GitHubIdentity ForApp(Func<IGitHubClient> jwtClient) =>
        new(async () => (await jwtClient().GitHubApps.GetCurrent()).Slug + "[bot]");

    public async Task<string> LoginAsync()
    {
        Task<string> pending;
        lock (gate)
        {
            pending = login ??= resolve();
        }
        try
        {
            return await pending;
        }
        catch
        {
            // A failed look-up is not cached: the next call asks GitHub again.
            lock (gate)
            {
                if (login == pending)
                {
                    login = null;
                }
            }
            throw;
        }
    }

    /// <summary>GitHub logins are case-insensitive.</summary>
    public async Task<bool> IsOwnAsync(string? author) =>
        author is not null && string.Equals(author, await LoginAsync(), StringComparison.OrdinalIgnoreCase);
}
