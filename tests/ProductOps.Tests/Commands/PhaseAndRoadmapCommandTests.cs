using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Commands;

/// <summary>/phase goes through the gate exactly as the phase label does; /roadmap refreshes the roadmap without waiting for the debounce.</summary>
public sealed class PhaseAndRoadmapCommandTests(PhaseAndRoadmapCommandTests.App env) : IClassFixture<PhaseAndRoadmapCommandTests.App>
{
    public const string Repo = "octo-org/phase-commands";
    private static readonly string[] Labels = ["reach:1000", "impact:high", "confidence:80%", "effort:M", "phase:alpha"];

    public sealed class App : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            // Far longer than any test waits: only an immediate refresh can write the roadmap in time.
            settings["Roadmap:DebounceWindow"] = "00:10:00";
            GitHub.AddFile(Repo, ".github/product-ops.yml", """
                roadmap:
                  title: Team roadmap
                  file:
                    path: docs/ROADMAP.md
                    branch: main
                """);
            GitHub.Permit(Repo, "alice", "write");
            GitHub.IssuesFollowLabelWrites = true;
        }
    }

    [Fact]
    public async Task A_phase_command_gives_the_same_gate_result_as_the_phase_label()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        foreach (var issue in new[] { 1, 2 })
        {
            env.GitHub.AddIssue(Repo, issue, "Bulk export", Labels, before);
            await CommentDeliveries.SendAsync(env.App, "issues", GitHubDeliveries.Labeled(Repo, issue, Labels, before));
        }

        await CommentDeliveries.SendAsync(env.App, "issue_comment", CommentDeliveries.Comment(Repo, 1, 2101, "alice", "Ready for real users.\n/phase beta", labels: Labels));
        var labeled = EndToEnd.GateDeliveries.Issue("labeled", 2, [.. Labels, "phase:beta"], DateTimeOffset.UtcNow, label: "phase:beta");
        labeled["repository"] = GitHubDeliveries.Labeled(Repo, 2, Labels)["repository"]!.DeepClone();
        await CommentDeliveries.SendAsync(env.App, "issues", labeled);

        var byCommand = await RecordAsync(1);
        var byLabel = await RecordAsync(2);
        Assert.Equal(("beta", "failed"), (byCommand.Phase, byCommand.GateStatus));
        Assert.Equal((byLabel.Phase, byLabel.GateStatus), (byCommand.Phase, byCommand.GateStatus));
        Assert.Contains("phase:beta", env.GitHub.LabelsOn(Repo, 1));
        Assert.Equal(env.GitHub.LabelsOn(Repo, 2).Where(l => l != "phase:beta").Order(), env.GitHub.LabelsOn(Repo, 1).Where(l => l != "phase:beta").Order());
        Assert.Equal(GateComment(2), GateComment(1));
        Assert.Equal(["+1"], env.GitHub.ReactionsOn(2101));
    }

    [Fact]
    public async Task A_roadmap_command_refreshes_the_roadmap_now_through_the_roadmap_queue()
    {
        env.GitHub.AddIssue(Repo, 3, "Audit log", ["reach:50", "impact:low", "confidence:50%", "effort:S"]);
        var comment = CommentDeliveries.Comment(Repo, 3, 2201, "alice", "/roadmap");
        comment["issue"]!["title"] = "Audit log";
        await CommentDeliveries.SendAsync(env.App, "issue_comment", comment);

        await Eventually.HoldsAsync(() => env.GitHub.Commits.Any(c => c.Repo == Repo && c.Path == "docs/ROADMAP.md"), "the roadmap file is committed", 60);
        // Not an idle wait: the debounced refresh the item's events scheduled stays invisible in the queue for 10 minutes.
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("Executed 'refresh-roadmap' (Succeeded", StringComparison.Ordinal)), "the immediate refresh has finished", 60);
        Assert.Contains("Audit log", Assert.Single(env.GitHub.Commits, c => c.Repo == Repo).Text);
        Assert.Equal(["+1"], env.GitHub.ReactionsOn(2201));
    }

    private string GateComment(int issue) =>
        Assert.Single(env.GitHub.CommentsOn(Repo, issue), c => c.Body.Contains("product-ops:gate", StringComparison.Ordinal)).Body;

    private async Task<ItemRecord> RecordAsync(int issue) =>
        (await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("github", Repo, issue.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None))!;
}
