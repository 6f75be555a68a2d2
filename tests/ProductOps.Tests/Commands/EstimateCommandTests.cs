using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

/// <summary>/estimate and /score through the running app: team estimates combined, flagged, explained, run once.</summary>
public sealed class EstimateCommandTests(EstimateCommandTests.App env) : IClassFixture<EstimateCommandTests.App>
{
    public const string Repo = "octo-org/estimates";
    private static readonly string[] Labels = ["reach:1000", "impact:high", "confidence:80%", "effort:M"];

    public sealed class App : AppWithFakeGitHub
    {
        public App()
        {
            GitHub.AddFile(Repo, ".github/product-ops.yml", """
                scoring:
                  estimates:
                    disagree-ratio: 3
                    confidence-step: 25
                """);
            GitHub.Permit(Repo, "alice", "write");
            GitHub.Permit(Repo, "mo", "admin");
            GitHub.Permit(Repo, "bob", "read");
            GitHub.IssuesFollowLabelWrites = true;
        }
    }

    [Fact]
    public async Task Two_peoples_estimates_give_their_median_and_a_wide_spread_is_flagged_and_lowers_confidence()
    {
        await CommentAsync(1, 1101, "alice", "My take:\n/estimate effort S\n/estimate impact high");
        await CommentAsync(1, 1102, "mo", "/estimate effort XL");

        Assert.Equal(["+1"], env.GitHub.ReactionsOn(1101));
        Assert.Equal(["+1"], env.GitHub.ReactionsOn(1102));
        var record = await RecordAsync(1);
        Assert.Equal([("effort", "S", "alice"), ("impact", "high", "alice"), ("effort", "XL", "mo")], record.Estimates.Select(e => (e.Input, e.Raw, e.Author)));
        var score = ScoreComment(1);
        Assert.Contains("Estimates disagree: discuss before committing.", score);
        Assert.Contains("- **Effort**: `S` by `alice`", score);
        Assert.Contains("`XL` by `mo`", score);
        // Effort is the median of 0.5 and 4; confidence 80% lowered by the configured 25 points.
        Assert.Contains("RICE = 1000 × 2 × 0.55 ÷ 2.25 = 488.889", score);
        Assert.Contains("55% (80% (0.8) lowered by 25 points: estimates disagree)", score);
        Assert.Contains("over label `effort:M`", score);
        Assert.DoesNotContain("@alice", score);
        Assert.DoesNotContain(env.GitHub.CommentsOn(Repo, 1), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_explain_answers_with_inputs_sources_and_formula_in_one_reply_comment_edited_in_place()
    {
        await CommentAsync(2, 1201, "alice", "/score explain");
        var first = Assert.Single(env.GitHub.CommentsOn(Repo, 2), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));
        Assert.Contains("**Score breakdown**, model **RICE**: `RICE = Reach × Impact × Confidence ÷ Effort`", first.Body);
        Assert.Contains("| Reach | 1000 | label `reach:1000` |", first.Body);
        Assert.Contains("`RICE = 1000 × 2 × 0.8 ÷ 1 = 1600`", first.Body);

        await CommentAsync(2, 1202, "mo", "/estimate reach 1200\n/score explain");

        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 2), c => c.Body.Contains("product-ops:commands", StringComparison.Ordinal));
        Assert.Equal(first.Id, reply.Id);
        Assert.Contains("| Reach | 1200 | estimate by `mo`, over label `reach:1000` (`1000`) |", reply.Body);
        Assert.Contains("`RICE = 1200 × 2 × 0.8 ÷ 1 = 1920`", reply.Body);
        Assert.Contains("RICE = 1200 × 2 × 0.8 ÷ 1 = 1920", ScoreComment(2));
        Assert.Single(env.GitHub.Writes, w => w.RequestMessage!.Method == "POST" && w.RequestMessage.AbsolutePath == $"/repos/{Repo}/issues/2/comments" && w.RequestMessage.Body!.Contains("product-ops:commands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_command_edited_into_a_comment_runs_once_and_unchanged_commands_do_not_run_again()
    {
        await CommentAsync(3, 1301, "alice", "/estimate reach 300");
        await CommentAsync(3, 1301, "alice", "/estimate reach 300\n/estimate effort L", action: "edited");
        var record = await RecordAsync(3);
        Assert.Equal([("reach", "300"), ("effort", "L")], record.Estimates.Select(e => (e.Input, e.Raw)));

        // The author withdraws the effort estimate in a new comment; an edit of the first comment that leaves its commands as they were must not bring it back.
        await CommentAsync(3, 1302, "alice", "/estimate effort clear");
        var writes = env.GitHub.Writes.Count;
        await CommentAsync(3, 1301, "alice", "Estimates, typo fixed:\n/estimate reach 300\n/estimate effort L", action: "edited");

        Assert.Equal([("reach", "300")], (await RecordAsync(3)).Estimates.Select(e => (e.Input, e.Raw)));
        Assert.Equal(writes, env.GitHub.Writes.Count);
    }

    [Fact]
    public async Task An_estimate_edited_away_and_back_again_is_recorded_again()
    {
        await CommentAsync(7, 1701, "mo", "/estimate effort M");
        await CommentAsync(7, 1701, "mo", "/estimate effort L", action: "edited");
        await CommentAsync(7, 1701, "mo", "/estimate effort M", action: "edited");

        Assert.Equal([("effort", "M")], (await RecordAsync(7)).Estimates.Select(e => (e.Input, e.Raw)));
    }

    [Fact]
    public async Task Estimates_from_someone_who_cannot_write_are_not_recorded_and_they_are_told_once()
    {
        await CommentAsync(4, 1401, "bob", "/estimate effort XL");
        await CommentAsync(4, 1402, "bob", "/score");

        Assert.Empty((await RecordAsync(4)).Estimates);
        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 4));
        Assert.Contains("people who can write to this repository", reply.Body);
        Assert.Empty(env.GitHub.ReactionsOn(1401));
        Assert.Contains(env.GitHub.Requests(), r => r.RequestMessage!.AbsolutePath == $"/repos/{Repo}/collaborators/bob/permission");
    }

    [Fact]
    public async Task Bad_values_and_unknown_inputs_get_a_reply_saying_what_is_valid()
    {
        await CommentAsync(5, 1501, "alice", "/estimate impact huge\n/estimate speed 3\n/phase gamma\n/score now");

        var reply = Assert.Single(env.GitHub.CommentsOn(Repo, 5)).Body;
        Assert.Contains("`huge` is not a valid impact: it is not one of", reply);
        Assert.Contains("`speed` is not an input of RICE here. Write `/estimate <input> <value>` with an input of RICE here: `reach`", reply);
        Assert.Contains("`gamma` is not a phase here. Write `/phase <phase>` with one of `discovery`, `alpha`, `beta`, `live`, `retirement`.", reply);
        Assert.Contains("`/score` takes nothing or `explain`", reply);
        Assert.Contains("Valid commands: `/estimate <input> <value>`", reply);
        Assert.Empty((await RecordAsync(5)).Estimates);
    }

    [Fact]
    public async Task Estimates_in_code_blocks_and_quotes_are_not_commands()
    {
        await CommentAsync(6, 1601, "alice", "Try this:\n\n```\n/estimate effort XL\n```\n\n> /estimate impact low\n\n    /score explain");

        Assert.Null(await env.App.Services.GetRequiredService<IItemStore>().GetAsync(Key(6), CancellationToken.None));
        Assert.Empty(env.GitHub.CommentsOn(Repo, 6));
        Assert.Empty(env.GitHub.ReactionsOn(1601));
    }

    private async Task CommentAsync(int issue, long commentId, string author, string body, string action = "created")
    {
        if (env.GitHub.Issue(Repo, issue) is null)
        {
            env.GitHub.AddIssue(Repo, issue, $"Item {issue}", Labels);
        }
        await CommentDeliveries.SendAsync(env.App, "issue_comment", CommentDeliveries.Comment(Repo, issue, commentId, author, body, action, Labels));
    }

    private string ScoreComment(int issue) =>
        Assert.Single(env.GitHub.CommentsOn(Repo, issue), c => c.Body.Contains("product-ops:score", StringComparison.Ordinal)).Body;

    private static ItemKey Key(int issue) => new("github", Repo, issue.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<ItemRecord> RecordAsync(int issue) =>
        (await env.App.Services.GetRequiredService<IItemStore>().GetAsync(Key(issue), CancellationToken.None))!;
}
