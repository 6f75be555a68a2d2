using Microsoft.Extensions.DependencyInjection;
using ProductOps.Outcomes;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

/// <summary>Signed issue_comment deliveries into the running app: commands checked, recorded once, answered in place.</summary>
public sealed class GitHubCommandTests(GitHubCommandTests.App env) : IClassFixture<GitHubCommandTests.App>
{
    public const string Repo = "octo-org/outcomes";

    public sealed class App : AppWithFakeGitHub
    {
        public App()
        {
            GitHub.AddFile(Repo, ".github/product-ops.yml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "config", "goals.yml")).Replace("label-prefix: \"outcome/\"", "label-prefix: \"goal:\""));
            GitHub.Permit(Repo, "alice", "write");
            GitHub.Permit(Repo, "mo", "admin");
            GitHub.Permit(Repo, "bob", "read");
        }
    }

    [Fact]
    public async Task A_writers_kpi_and_outcome_are_recorded_once_and_acknowledged_with_a_reaction()
    {
        await SendAsync("issues", GitHubDeliveries.Labeled(Repo, 1, ["goal:activation"]));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 1, 5001, "alice", "Numbers are in.\n/kpi activation 47%\n/outcome 6 %"));

        Assert.Equal(["+1"], env.GitHub.ReactionsOn(5001));
        var kpi = Assert.Single(await KpisAsync());
        Assert.Equal(("activation", 47.0, "alice", "5001"), (kpi.GoalId, kpi.Value, kpi.Author, kpi.SourceId));
        var record = await RecordAsync(1);
        Assert.Equal(("6 %", 6.0, "alice"), (record.Outcome!.Text, record.Outcome.Value, record.Outcome.Author));
        Assert.Equal("activation", record.Goal);
        Assert.DoesNotContain(env.GitHub.CommentsOn(Repo, 1), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));

        // GitHub redelivers: nothing runs again.
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 1, 5001, "alice", "Numbers are in.\n/kpi activation 47%\n/outcome 6 %"));
        Assert.Single(await KpisAsync());
        Assert.DoesNotContain(env.GitHub.CommentsOn(Repo, 1), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));

        // The author edits both commands: the changed /outcome runs; a KPI reading stays one per comment, and the reply says so.
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 1, 5001, "alice", "/kpi activation 48%\n/outcome 7", action: "edited"));
        Assert.Equal(47.0, Assert.Single(await KpisAsync()).Value);
        Assert.Equal("7", (await RecordAsync(1)).Outcome!.Text);
        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 1), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));
        Assert.Contains("write a new comment for a new reading", reply.Body);
    }

    [Fact]
    public async Task Commands_from_someone_who_cannot_write_are_ignored_and_they_are_told_once()
    {
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 2, 6001, "bob", "/kpi activation 99"));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 2, 6002, "bob", "/kpi activation 98"));

        Assert.DoesNotContain(await KpisAsync(), k => k.Author == "bob");
        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 2));
        Assert.StartsWith("<!-- product-ops:commands hash=", reply.Body);
        Assert.Contains("people who can write to this repository", reply.Body);
        Assert.Contains("`bob`", reply.Body);
        Assert.DoesNotContain("@bob", reply.Body);
        Assert.Empty(env.GitHub.ReactionsOn(6002));
    }

    [Fact]
    public async Task Unknown_commands_and_bad_values_get_one_reply_that_says_what_is_valid_edited_in_place()
    {
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 3, 7001, "mo", "/frobnicate now"));
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 3, 7002, "mo", "/kpi retention 3\n/kpi activation 41"));

        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 3)).Body;
        Assert.Contains("`retention` is not a goal here", reply);
        Assert.Contains("`/kpi activation 41`: done.", reply);
        Assert.Contains("Valid commands: `/estimate <input> <value>`, `/kpi <goal> <value>`, `/outcome <text or number>`, `/phase <phase>`, `/roadmap`, `/score [explain]`", reply);
        Assert.DoesNotContain("frobnicate", reply);
        Assert.Contains(await KpisAsync(), k => k is { SourceId: "7002", Value: 41 });
    }

    [Fact]
    public async Task Commands_in_code_blocks_and_quotes_do_nothing()
    {
        await SendAsync("issue_comment", CommentDeliveries.Comment(Repo, 4, 8001, "alice", "> /kpi activation 1\n\n```\n/kpi activation 2\n```"));

        Assert.DoesNotContain(await KpisAsync(), k => k.SourceId == "8001");
        Assert.Empty(env.GitHub.CommentsOn(Repo, 4));
        Assert.Empty(env.GitHub.ReactionsOn(8001));
    }

    private Task SendAsync(string eventName, System.Text.Json.Nodes.JsonObject payload) => CommentDeliveries.SendAsync(env.App, eventName, payload);

    private Task<IReadOnlyList<KpiValue>> KpisAsync() =>
        env.App.Services.GetRequiredService<IKpiHistory>().ListAsync("github", Repo, CancellationToken.None);

    private async Task<ItemRecord> RecordAsync(int number) =>
        (await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("github", Repo, number.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None))!;
}

/// <summary>The live-for-N-days prompt, end to end: posted on the first event after the day count, once.</summary>
public sealed class OutcomePromptEndToEndTests(GitHubCommandTests.App env) : IClassFixture<GitHubCommandTests.App>
{
    [Fact]
    public async Task An_item_live_for_three_weeks_gets_one_outcome_prompt_however_many_events_follow()
    {
        var key = new ItemKey("github", GitHubCommandTests.Repo, "40");
        var store = env.App.Services.GetRequiredService<IItemStore>();
        var live = DateTimeOffset.UtcNow.AddDays(-30);
        await store.TrySaveAsync(ItemRecord.New(key) with
        {
            Title = "CSV export", Phase = "live", Labels = ["phase:live", "goal:activation"],
            PhaseHistory = [new PhaseChange("live", live)], TrackerUpdatedAt = live,
        }, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            var delivery = Guid.NewGuid().ToString();
            await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(GitHubCommandTests.Repo, 40, ["phase:live", "goal:activation"], DateTimeOffset.UtcNow.AddSeconds(i)), RunningApp.Secret, delivery));
            await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("[2010]", StringComparison.Ordinal) && l.Contains(delivery, StringComparison.Ordinal)), $"delivery {delivery} is handled");
        }

        var prompt = Assert.Single(env.GitHub.CommentsOn(GitHubCommandTests.Repo, 40), c => c.Body.Contains("product-ops:outcome-prompt", StringComparison.Ordinal));
        Assert.Contains("live since", prompt.Body);
        Assert.Contains("More new teams reach value in their first week", prompt.Body);
        Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath == $"/repos/{GitHubCommandTests.Repo}/issues/40/comments" && w.RequestMessage.Body!.Contains("outcome-prompt", StringComparison.Ordinal));
    }
}
