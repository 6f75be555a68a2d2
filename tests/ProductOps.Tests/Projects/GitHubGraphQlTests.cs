using System.Text.Json;
using System.Text.Json.Nodes;
using ProductOps.Events;
using ProductOps.GitHub.Projects;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Projects;

/// <summary>The GraphQL client against the fake GitHub over real HTTP: errors, point budget, endpoint, and the app manifest.</summary>
public sealed class GitHubGraphQlTests : IDisposable
{
    private readonly FakeGitHub github = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        github.Dispose();
    }

    private GitHubGraphQl Client() =>
        new(http, GitHubGraphQl.EndpointFor(new Uri(github.Url)), () => Task.FromResult("ghp_test_token_value"), TimeProvider.System);

    [Fact]
    public async Task GraphQL_errors_become_an_exception_naming_the_operation_and_GitHubs_message()
    {
        var unknown = new GraphQlOperation("NoSuchQuery", "query NoSuchQuery { viewer { login } }");

        var error = await Assert.ThrowsAsync<GitHubGraphQlException>(() =>
            Client().SendAsync(unknown, [], ProjectJson.Default.ProjectItemData, CancellationToken.None));

        Assert.Contains("NoSuchQuery", error.Message);
        Assert.Contains("Unknown operation", error.Message);
    }

    [Fact]
    public async Task When_the_points_left_fall_below_the_reserve_the_next_call_is_deferred_until_the_window_resets()
    {
        github.AddProject("octo-org", 1, "Roadmap");
        github.SetGraphQlRemaining(GitHubGraphQl.ReservePoints - 1);
        var client = Client();

        await client.SendAsync(ProjectQueries.ProjectItem, new JsonObject { ["id"] = "PVTI_gone" }, ProjectJson.Default.ProjectItemData, CancellationToken.None);
        var deferred = await Assert.ThrowsAsync<RetryLaterException>(() =>
            client.SendAsync(ProjectQueries.ProjectItem, new JsonObject { ["id"] = "PVTI_gone" }, ProjectJson.Default.ProjectItemData, CancellationToken.None));

        Assert.Contains("points low", deferred.Message);
        Assert.True(deferred.Delay > TimeSpan.FromMinutes(50), $"deferred for {deferred.Delay}");
        Assert.Equal(1, client.LastCall!.Value.Cost);
        Assert.Single(github.GraphQlCalls);
    }

    [Theory]
    [InlineData("https://api.github.com/", "https://api.github.com/graphql")]
    [InlineData("https://ghe.example.com/api/v3/", "https://ghe.example.com/api/graphql")]
    public void The_endpoint_sits_next_to_the_REST_root(string rest, string graphQl) =>
        Assert.Equal(new Uri(graphQl), GitHubGraphQl.EndpointFor(new Uri(rest)));

    [Fact]
    public void The_app_manifest_asks_for_organisation_projects_and_their_item_events()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "github-app-manifest.json")));

        Assert.Equal("write", manifest.RootElement.GetProperty("default_permissions").GetProperty("organization_projects").GetString());
        Assert.Contains("projects_v2_item", manifest.RootElement.GetProperty("default_events").EnumerateArray().Select(e => e.GetString()));
    }
}
