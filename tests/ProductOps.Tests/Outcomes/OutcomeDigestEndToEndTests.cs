using Microsoft.Extensions.DependencyInjection;
using ProductOps.Hosting;
using ProductOps.Outcomes;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Tests.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// The digest of the realistic board (30 items, 3 goals, KPI history) end to end: the board index and KPI
/// readings in Azurite, the goals in the repository's config on the fake GitHub, the <c>stakeholder-digest</c>
/// timer function run by the app's host, and the digest posted to fake Slack and Teams webhooks. Each goal's
/// lines (KPI now, before, target, items shipped towards it) arrive as the reviewed golden files have them, in
/// Slack mrkdwn and in a Teams Adaptive Card.
/// </summary>
public sealed class OutcomeDigestEndToEndTests(AppWithFakeWebhooks env) : IClassFixture<AppWithFakeWebhooks>
{
    [Fact]
    public async Task The_digest_reaches_Slack_and_Teams_with_each_goals_kpi_and_what_shipped_towards_it()
    {
        await SeedAsync(OutcomeBoardFixture.Repo);

        await env.App.RunTimerAsync(FunctionNames.StakeholderDigest);
        await Eventually.HoldsAsync(() => env.Hooks.Posts("/slack").Count >= 1 && env.Hooks.Posts("/teams").Count >= 1, "the digest is posted to Slack and Teams");

        var slack = env.Hooks.Posts("/slack").Single();
        var slackText = string.Join("\n", slack["blocks"]!.AsArray().Select(b => b!["text"]?["text"]?.GetValue<string>() ?? ""));
        Assert.StartsWith("*Product digest for octo-org/product", slackText);
        Assert.DoesNotContain("## ", slackText);
        Assert.DoesNotContain("<script>", slackText);
        foreach (var line in GoalLines("digest.slack.expected", "*Goals*"))
        {
            Assert.Contains(line, slackText);
        }

        var teams = env.Hooks.Posts("/teams").Single();
        var attachment = Assert.Single(teams["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        var blocks = card["body"]!.AsArray().Select(b => b!["text"]?.GetValue<string>() ?? "").ToList();
        Assert.DoesNotContain(blocks, b => b.StartsWith('#'));
        foreach (var line in GoalLines("digest.teams.expected", "**Goals**"))
        {
            Assert.Contains(blocks, b => b.Contains(line.TrimStart(' ', '-'), StringComparison.Ordinal));
        }
    }

    /// <summary>The board's rows and KPI readings stored as the app stores them; the last digest ran on 1 November 2026.</summary>
    private async Task SeedAsync(string repo)
    {
        env.GitHub.AddFile(repo, ".github/product-ops.yml", OutcomeBoardFixture.ConfigText + "\nupdates:\n  digest-to:\n    - slack: slack\n    - teams: teams\n");
        var (items, kpis) = OutcomeBoardFixture.Board();
        var store = env.App.Services.GetRequiredService<IItemStore>();
        foreach (var item in items)
        {
            Assert.NotNull(await store.TrySaveAsync(item, CancellationToken.None));
        }
        var history = env.App.Services.GetRequiredService<IKpiHistory>();
        foreach (var kpi in kpis)
        {
            Assert.True(await history.RecordAsync("github", repo, kpi, CancellationToken.None));
        }
        var states = env.App.Services.GetRequiredService<TableDigestStates>();
        await states.RememberAsync("github", repo, null, CancellationToken.None);
        var state = await states.ListAsync(CancellationToken.None).FirstAsync(s => s.Container == repo);
        Assert.True(await states.TryAdvanceAsync(state, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None));
    }

    /// <summary>The lines of the reviewed golden file's goal section (from its heading to the next blank line).</summary>
    private static List<string> GoalLines(string golden, string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(OutcomeBoardFixture.Folder, golden));
        var section = lines.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.True(section.Count >= 6, $"{golden} has a goal section");
        return section;
    }
}
