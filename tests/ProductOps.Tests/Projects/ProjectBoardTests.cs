using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Projects;

/// <summary>
/// GitHub Projects (v2) end to end: real <c>projects_v2_item</c> and <c>issues</c> payloads signed into the
/// running app, the project read and written through the fake's GraphQL endpoint.
/// </summary>
public sealed class ProjectBoardTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private const string Org = "Octocoders";
    private const string Repo = Org + "/board";

    private const string Config = """
        scoring:
          project:
            number: 1
            fields:
              reach: Reach
              impact: Impact
              confidence: Confidence
              effort: Size
            score-field: RICE
            priority-field: Priority
        """;

    private FakeProject Board() => env.GitHub.AddProject(Org, 1, "Roadmap",
        ("Reach", "NUMBER", []), ("Impact", "SINGLE_SELECT", ["Low", "Medium", "High", "Massive"]), ("Confidence", "NUMBER", []),
        ("Size", "SINGLE_SELECT", ["S", "M", "L"]), ("RICE", "NUMBER", []), ("Priority", "SINGLE_SELECT", ["P1", "P2", "P3", "P4"]),
        ("Quarter", "ITERATION", []));

    private static Dictionary<string, object> Estimates(string impact = "High", string size = "M") =>
        new() { ["Reach"] = 500, ["Impact"] = impact, ["Confidence"] = 80, ["Size"] = size };

    [Fact]
    public async Task A_field_edit_on_the_board_rescores_the_issue_and_writes_the_score_field_once()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
        env.GitHub.AddIssue(Repo, 10, "Board item", [], DateTimeOffset.UtcNow.AddMinutes(-10));
        var item = env.GitHub.AddIssueItem(Board(), Repo, 10, Estimates());

        await SendAsync(ProjectItemEvent("edited", item, "I_10", "Issue"));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 10).Count == 1, "the score comment is written");
        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(item, "Priority") as string == "P2", "the priority is set on the board");
        Assert.Equal(800.0, env.GitHub.ProjectValue(item, "RICE"));
        var comment = env.GitHub.CommentsOn(Repo, 10)[0].Body;
        Assert.Contains("project field `Reach`", comment);
        Assert.Contains("label, then project field, then issue form field", comment);
        Assert.Equal(2, MutationsOn(item));

        // Someone sizes the work up on the board: the score follows, in the field and the comment.
        env.GitHub.SetProjectValue(item, "Size", "L");
        await SendAsync(ProjectItemEvent("edited", item, "I_10", "Issue"));
        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(item, "RICE") is 400.0, "the new score is on the board");
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 10)[0].Body.Contains("400"), "the comment shows the new score");
        await env.WaitUntilIdleAsync();
        var mutations = MutationsOn(item);

        // The edit GitHub reports for the app's own write, and any edit that changes no input: nothing to write.
        await SendAsync(ProjectItemEvent("edited", item, "I_10", "Issue"));
        await env.WaitUntilIdleAsync();
        Assert.Equal(mutations, MutationsOn(item));
    }

    [Fact]
    public async Task An_issues_event_for_an_issue_on_the_board_reads_its_project_fields_and_a_label_still_wins()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
        var item = env.GitHub.AddIssueItem(Board(), Repo, 11, Estimates(impact: "Low"));
        env.GitHub.AddIssue(Repo, 11, "Labelled on the issue", ["impact:massive"], DateTimeOffset.UtcNow.AddMinutes(-5));

        await SendAsync(GitHubDeliveries.Labeled(Repo, 11, ["impact:massive"], DateTimeOffset.UtcNow.AddMinutes(-5)), "issues");

        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(item, "RICE") is 1200.0, "the score is written to the board");
        var comment = Assert.Single(env.GitHub.CommentsOn(Repo, 11)).Body;
        Assert.Contains("label `impact:massive`, over project field `Impact` (`Low`)", comment);
        Assert.Contains("project field `Size`", comment);
    }

    [Fact]
    public async Task A_draft_on_the_board_is_scored_in_its_fields_with_no_comment()
    {
        env.GitHub.AddFile(Org + "/.github", ".github/product-ops.yml", Config);
        var payload = GitHubDeliveries.Load("projects_v2_item.created");
        var itemId = (string)payload["projects_v2_item"]!["node_id"]!;
        env.GitHub.AddDraftItem(Board(), "An idea", Estimates(size: "S"), itemId);
        var restWrites = RestWrites();

        await SendAsync(payload);

        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(itemId, "RICE") is 1600.0, "the draft's score is on the board");
        await env.WaitUntilIdleAsync();
        Assert.Equal("P1", env.GitHub.ProjectValue(itemId, "Priority"));
        Assert.Equal(restWrites, RestWrites());
    }

    [Fact]
    public async Task A_draft_converted_to_an_issue_gets_the_issues_score_comment_from_its_fields()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
        env.GitHub.AddIssue(Repo, 13, "Converted from a draft", [], DateTimeOffset.UtcNow.AddMinutes(-1));
        var item = env.GitHub.AddIssueItem(Board(), Repo, 13, Estimates(impact: "Massive"));

        await SendAsync(ProjectItemEvent("converted", item, "I_13", "Issue"));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 13).Count == 1, "the converted issue gets its score comment");
        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(item, "RICE") is 1200.0, "the score is on the board");
        Assert.Contains("priority:P1", env.GitHub.LabelsOn(Repo, 13));
    }

    [Fact]
    public async Task A_card_restored_from_the_archive_is_scored_from_its_fields()
    {
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
        env.GitHub.AddIssue(Repo, 14, "Back from the archive", [], DateTimeOffset.UtcNow.AddMinutes(-1));
        var item = env.GitHub.AddIssueItem(Board(), Repo, 14, Estimates(size: "S"));

        await SendAsync(ProjectItemEvent("restored", item, "I_14", "Issue"));

        await Eventually.HoldsAsync(() => env.GitHub.ProjectValue(item, "RICE") is 1600.0, "the restored card's score is on the board");
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(Repo, 14).Count == 1, "the restored issue gets its score comment");
    }

    [Theory]
    [InlineData("reordered")]
    [InlineData("archived")]
    public async Task Moving_or_archiving_a_card_reads_nothing_and_writes_nothing(string action)
    {
        await env.WaitUntilIdleAsync();
        var calls = env.GitHub.GraphQlCalls.Count;
        var writes = env.GitHub.Writes.Count;

        await SendAsync(GitHubDeliveries.Load("projects_v2_item." + action));

        await env.WaitUntilIdleAsync();
        Assert.Equal(calls, env.GitHub.GraphQlCalls.Count);
        Assert.Equal(writes, env.GitHub.Writes.Count);
    }

    [Fact]
    public async Task A_repository_without_project_settings_spends_no_GraphQL_points_on_issues_events()
    {
        const string plain = Org + "/plain";
        await env.WaitUntilIdleAsync();
        var calls = env.GitHub.GraphQlCalls.Count;

        await SendAsync(GitHubDeliveries.Labeled(plain, 12, ["reach:500", "impact:high", "confidence:80%", "effort:M"]), "issues");

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn(plain, 12).Count == 1, "the issue is scored from its labels");
        await env.WaitUntilIdleAsync();
        Assert.Equal(calls, env.GitHub.GraphQlCalls.Count);
    }

    private int MutationsOn(string item) => env.GitHub.GraphQlMutations.Count(m => m.Variables.Contains(item));

    private int RestWrites() => env.GitHub.Writes.Count(w => w.RequestMessage!.AbsolutePath != "/graphql");

    /// <summary>A real projects_v2_item payload, pointed at an item of the fake project.</summary>
    internal static JsonObject ProjectItemEvent(string action, string itemId, string contentId, string contentType)
    {
        var payload = GitHubDeliveries.Load("projects_v2_item." + action);
        payload["projects_v2_item"]!["node_id"] = itemId;
        payload["projects_v2_item"]!["content_node_id"] = contentId;
        payload["projects_v2_item"]!["content_type"] = contentType;
        return payload;
    }

    private async Task SendAsync(JsonObject payload, string eventName = "projects_v2_item")
    {
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request(eventName, payload, RunningApp.Secret));
        Assert.True(response.IsSuccessStatusCode, $"the app answered {(int)response.StatusCode}");
    }
}
