using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.WorkItems;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using static ProductOps.Tests.EndToEnd.GateDeliveries;

namespace ProductOps.Tests.EndToEnd;

/// <summary>Phase gates end to end: signed GitHub deliveries into the app, writes to the fake GitHub.</summary>
public sealed class GitHubGateTests : IClassFixture<GitHubGateTests.Environment>
{
    private readonly Environment env;

    public GitHubGateTests(Environment env)
    {
        this.env = env;
        env.GitHub.AddFile(Repo, ".github/product-ops.yml", Config);
    }

    public sealed class Environment : AppWithFakeGitHub;

    [Fact]
    public async Task A_failing_block_gate_reverts_once_comments_once_and_ignores_its_own_label_events_until_the_criteria_are_met()
    {
        var t = DateTimeOffset.UtcNow.AddDays(-20);
        await SendAndWaitAsync(Issue("labeled", 1, ["phase:alpha"], t, "phase:alpha"));
        // The user swaps the alpha label for beta: first the removal, then the new label.
        await SendAndWaitAsync(Issue("unlabeled", 1, ["needs-scoring"], t.AddDays(19), "phase:alpha"));
        var before = Writes(1);

        await SendAndWaitAsync(Issue("labeled", 1, ["needs-scoring", "phase:beta"], t.AddDays(19).AddMinutes(1), "phase:beta"));

        var revert = Writes(1).Skip(before.Count).ToList();
        Assert.Equal(["POST labels gate:failed", "DELETE labels/phase:beta", "POST labels phase:alpha", "POST comments"], revert);
        var comment = GateComment(1);
        Assert.Contains("blocks entry", comment, StringComparison.Ordinal);
        Assert.Contains("`phase:alpha` was restored", comment, StringComparison.Ordinal);
        Assert.Contains("Add `research:done`", comment, StringComparison.Ordinal);

        // GitHub now sends the app's own three label changes back, each with the labels of its moment.
        var written = Writes(1);
        var echo = t.AddDays(19).AddMinutes(2);
        await SendAndWaitAsync(Issue("labeled", 1, ["needs-scoring", "phase:beta", "gate:failed"], echo, "gate:failed", byTheApp: true));
        await SendAndWaitAsync(Issue("unlabeled", 1, ["needs-scoring", "gate:failed"], echo.AddSeconds(1), "phase:beta", byTheApp: true));
        await SendAndWaitAsync(Issue("labeled", 1, ["needs-scoring", "gate:failed", "phase:alpha"], echo.AddSeconds(2), "phase:alpha", byTheApp: true));
        await env.App.WaitUntilIdleAsync();
        Assert.Equal(written, Writes(1));

        // Fixing one criterion updates the comment; fixing the last one clears the label.
        string[] fixedLabels = ["needs-scoring", "gate:failed", "phase:alpha", "research:done"];
        await SendAndWaitAsync(Issue("labeled", 1, fixedLabels, echo.AddMinutes(5), "research:done"));
        Assert.Equal(["PATCH comment"], Writes(1).Skip(written.Count));
        Assert.Contains("Add `- [x] Riskiest assumptions tested` to the description", GateComment(1), StringComparison.Ordinal);

        await SendAndWaitAsync(Issue("edited", 1, fixedLabels, echo.AddMinutes(6), body: "## Alpha\n\n- [x] Riskiest assumptions tested\n"));
        Assert.Contains("DELETE labels/gate:failed", Writes(1));
        Assert.Contains("is now met. Add `phase:beta` again", GateComment(1), StringComparison.Ordinal);
        Assert.Single(env.GitHub.CommentsOn(Repo, 1), c => c.Body.StartsWith("<!-- product-ops:gate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adding_the_phase_again_once_the_gate_passes_moves_the_item_and_removes_the_old_phase_label()
    {
        var t = DateTimeOffset.UtcNow.AddDays(-3);
        const string body = "- [x] Riskiest assumptions tested";
        await SendAndWaitAsync(Issue("labeled", 2, ["phase:alpha"], t, "phase:alpha", body));
        var before = Writes(2);

        await SendAndWaitAsync(Issue("labeled", 2, ["needs-scoring", "phase:alpha", "research:done", "phase:beta"], t.AddDays(1), "phase:beta", body));

        Assert.Equal(["DELETE labels/phase:alpha", "POST comments"], Writes(2).Skip(before.Count));
        var comment = GateComment(2);
        Assert.Contains("entered **beta**", comment, StringComparison.Ordinal);
        Assert.Contains("Removed `phase:alpha`", comment, StringComparison.Ordinal);

        var record = (await env.App.Services.GetRequiredService<IItemStore>().GetAsync(new ItemKey("github", Repo, "2"), default))!;
        Assert.Equal(("beta", "passed"), (record.Phase, record.GateStatus));
        Assert.Equal([new PhaseChange("alpha", Whole(t)), new PhaseChange("beta", Whole(t.AddDays(1)))], record.PhaseHistory);

        // The app's own removal of phase:alpha comes back: nothing to do.
        var written = Writes(2);
        await SendAndWaitAsync(Issue("unlabeled", 2, ["needs-scoring", "research:done", "phase:beta"], t.AddDays(1).AddSeconds(5), "phase:alpha", body, byTheApp: true));
        Assert.Equal(written, Writes(2));
    }

    [Fact]
    public async Task A_failing_warn_gate_comments_and_labels_but_keeps_the_new_phase()
    {
        var t = DateTimeOffset.UtcNow.AddHours(-1);

        await SendAndWaitAsync(Issue("labeled", 3, ["phase:beta", "blocked", "phase:live"], t, "phase:live"));

        var writes = Writes(3);
        Assert.Contains("POST labels gate:failed", writes);
        Assert.Contains("DELETE labels/phase:beta", writes);
        Assert.DoesNotContain("DELETE labels/phase:live", writes);
        var comment = GateComment(3);
        Assert.Contains("warns only", comment, StringComparison.Ordinal);
        Assert.Contains("Remove `blocked`", comment, StringComparison.Ordinal);
        Assert.Contains("Removed `phase:beta`", comment, StringComparison.Ordinal);

        // Unblocking and ticking the audit clears the label; the item stays in live throughout.
        await SendAndWaitAsync(Issue("edited", 3, ["phase:live", "gate:failed", "needs-scoring"], t.AddMinutes(10), body: "- [x] accessibility audit passed"));
        Assert.Contains("DELETE labels/gate:failed", Writes(3));
        Assert.Contains("(passed)", GateComment(3), StringComparison.Ordinal);
        Assert.DoesNotContain("DELETE labels/phase:live", Writes(3));
    }

    // Payload times are written to the second.
    private static DateTimeOffset Whole(DateTimeOffset time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private async Task SendAndWaitAsync(JsonObject payload)
    {
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await env.App.WaitUntilIdleAsync();
    }

    private string GateComment(int number) =>
        Assert.Single(env.GitHub.CommentsOn(Repo, number), c => c.Body.StartsWith("<!-- product-ops:gate", StringComparison.Ordinal)).Body;

    /// <summary>Writes on the issue as "METHOD what", labels decoded: "POST labels a,b", "DELETE labels/x", "POST comments", "PATCH comment".</summary>
    private List<string> Writes(int number)
    {
        var ids = env.GitHub.CommentsOn(Repo, number).Select(c => $"/issues/comments/{c.Id}").ToHashSet();
        var prefix = $"/repos/{Repo}/issues/{number}/";
        return env.GitHub.Writes.Select(w => w.RequestMessage!).Select(r => (r.Method, Path: Uri.UnescapeDataString(r.AbsolutePath), r.Body)).Select(r =>
            r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Method == "POST" && r.Path.EndsWith("/labels", StringComparison.Ordinal)
                ? $"POST labels {string.Join(',', JsonNode.Parse(r.Body!)!.AsArray().Select(l => l!.GetValue<string>()))}"
                : r.Path.StartsWith(prefix, StringComparison.Ordinal) ? $"{r.Method} {r.Path[prefix.Length..]}"
                : ids.Any(id => r.Path.EndsWith(id, StringComparison.Ordinal)) ? "PATCH comment"
                : null).OfType<string>().ToList();
    }
}
