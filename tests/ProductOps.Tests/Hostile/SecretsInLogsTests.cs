using System.Text;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hostile;

/// <summary>Whatever goes wrong, no configured secret appears in any log line.</summary>
public sealed class SecretsInLogsTests(SecretsInLogsTests.WithSecrets env) : IClassFixture<SecretsInLogsTests.WithSecrets>
{
    public const string GitHubToken = "ghp_SECRET_token_0123456789abcdef";
    public const string JiraToken = "ATATT_SECRET_jira_token_0123456789";

    public sealed class WithSecrets : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["GitHub:Token"] = GitHubToken;
            settings["Jira:BaseUrl"] = GitHub.Url;
            settings["Jira:Email"] = "bot@example.com";
            settings["Jira:ApiToken"] = JiraToken;
            settings["Jira:WebhookSecret"] = "jira-SECRET-webhook";
            settings["GitHub:MaxRateLimitWait"] = "00:00:01";
        }
    }

    [Fact]
    public async Task Failures_on_every_path_log_no_configured_secret()
    {
        string[] inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];
        env.GitHub.Fail("POST", "^/repos/octo-org/secrets/issues/1/labels$", 401);
        env.GitHub.Fail("POST", "^/repos/octo-org/secrets/issues/2/labels$", 403, headers: new Dictionary<string, string> { ["retry-after"] = "5" });
        env.GitHub.Fail("POST", "^/repos/octo-org/secrets/issues/3/comments$", 500, times: 5);

        foreach (var number in new[] { 1, 2, 3, 4 })
        {
            await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/secrets", number, inputs), RunningApp.Secret));
        }
        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", Encoding.UTF8.GetBytes("{not json"), RunningApp.Secret));
        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", Encoding.UTF8.GetBytes("{}"), "wrong secret"));
        var jira = new HttpRequestMessage(HttpMethod.Post, "api/jira/webhook") { Content = new StringContent("""{"webhookEvent":"jira:issue_updated"}""", Encoding.UTF8, "application/json") };
        jira.Headers.Add("X-Hub-Signature", "sha256=00");
        await env.App.Client.SendAsync(jira);

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/secrets", 4).Count == 1, "the healthy issue is scored");
        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)) > 0, "the failing delivery is poisoned", timeoutSeconds: 60);

        var log = string.Join('\n', env.App.Logs.Lines);
        foreach (var secret in new[] { GitHubToken, JiraToken, "jira-SECRET-webhook", RunningApp.Secret, "SECRET" })
        {
            Assert.DoesNotContain(secret, log);
        }
        Assert.Contains("Refused GitHub delivery", log);
    }
}
