using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>With no cache time the configuration is read on every event, but conditionally: a 304 costs no rate limit.</summary>
public sealed class ConditionalConfigReadTests(ConditionalConfigReadTests.NoCache env) : IClassFixture<ConditionalConfigReadTests.NoCache>
{
    public sealed class NoCache : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["GitHub:ConfigCacheDuration"] = "00:00:00";
    }

    [Fact]
    public async Task The_second_read_of_an_unchanged_file_sends_its_ETag_and_gets_304_and_the_file_still_applies()
    {
        env.GitHub.AddFile("org-e/app", ".github/product-ops.yml", "scoring:\n  t-shirt-sizes:\n    M: 2\n");
        string[] inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

        foreach (var number in new[] { 1, 2 })
        {
            await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("org-e/app", number, inputs), RunningApp.Secret));
            await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("org-e/app", number).Count > 0, $"issue {number} is scored");
        }

        var reads = env.GitHub.Requests().Where(r => r.RequestMessage!.AbsolutePath == "/repos/org-e/app/contents/.github/product-ops.yml").ToList();
        Assert.Equal(2, reads.Count);
        Assert.Equal(200, reads[0].ResponseMessage!.StatusCode);
        Assert.Equal(304, reads[1].ResponseMessage!.StatusCode);
        Assert.True(reads[1].RequestMessage!.Headers!.ContainsKey("If-None-Match"));
        Assert.Contains("= 400", env.GitHub.CommentsOn("org-e/app", 2)[0].Body);
    }
}
