using ProductOps.Jira;
using WireMock;

namespace ProductOps.Tests.Infrastructure;

// For tests of the typed Jira client on its own: a client pointed at this fake, and its requests by endpoint.
public sealed partial class FakeJira
{
    public const string Email = "bot@example.com";
    public const string ApiToken = "not-a-real-token";

    /// <summary>A client with the credentials the app's tests use and short retry delays.</summary>
    public JiraClient CreateClient(JiraRetryPolicy? retry = null) => JiraClient.Create(
        new JiraCredentials { BaseUrl = new Uri(Url), Email = Email, ApiToken = ApiToken },
        retry ?? new JiraRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20) });

    /// <summary>The requests to one endpoint, oldest first, whatever the answer was.</summary>
    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        [.. Requests().Select(e => e.RequestMessage!).Where(r => r.Method == method && r.AbsolutePath == path)];
}
