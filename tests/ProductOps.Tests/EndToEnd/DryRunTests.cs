using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;
using Microsoft.Extensions.DependencyInjection;

namespace ProductOps.Tests.EndToEnd;

/// <summary>With no GitHub credentials the app plans its writes in the log and calls GitHub for nothing.</summary>
public sealed class DryRunTests(DryRunTests.NoCredentials env) : IClassFixture<DryRunTests.NoCredentials>
{
    public sealed class NoCredentials : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["GitHub:Token"] = null;
    }

    [Fact]
    public async Task Without_credentials_each_planned_write_is_logged_and_GitHub_is_never_called()
    {
        var payload = GitHubDeliveries.Labeled("octo-org/dry", 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]);

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));

        var store = env.App.Services.GetRequiredService<IItemStore>();
        await Eventually.HoldsAsync(async () => await store.GetAsync(new ItemKey("github", "octo-org/dry", "1"), default) is not null, "the item is in the board index");
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("DRY RUN") && l.Contains("add label(s) priority:P2"));
        Assert.Contains(env.App.Logs.Lines, l => l.Contains("DRY RUN") && l.Contains("create the score comment"));
        await env.WaitUntilIdleAsync();
        Assert.Empty(env.GitHub.Requests());
    }
}
