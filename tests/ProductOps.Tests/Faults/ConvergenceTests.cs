using ProductOps.Scoring;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Faults;

/// <summary>
/// Three app processes on one Azurite take a burst of 500 signed deliveries for 50 issues, sent in a
/// shuffled order with redeliveries; every issue must end as its newest delivery says.
/// </summary>
public sealed class ConvergenceTests
{
    private static readonly string[] Impacts = ["massive", "high", "medium", "low", "minimal"];

    [Fact]
    public async Task Every_issue_converges_to_the_labels_of_its_newest_delivery_with_exactly_one_comment()
    {
        await using var azurite = await Azurite.StartAsync();
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        settings["GitHub:MutationInterval"] = "00:00:00";
        var apps = new List<AppProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                apps.Add(await AppProcess.StartAsync(settings));
            }

            var random = new Random(20261123);
            var start = DateTimeOffset.UtcNow.AddHours(-1);
            var deliveries = new List<(int Issue, int Version, string Id)>();
            for (var issue = 1; issue <= 50; issue++)
            {
                for (var version = 0; version < 9; version++)
                {
                    deliveries.Add((issue, version, Guid.NewGuid().ToString()));
                }
            }
            deliveries.AddRange(deliveries.OrderBy(_ => random.Next()).Take(50).ToList());
            var shuffled = deliveries.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(500, shuffled.Count);

            await Parallel.ForEachAsync(shuffled.Select((d, i) => (d, i)), new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (x, ct) =>
            {
                var (d, i) = x;
                var payload = GitHubDeliveries.Labeled("octo-org/converge", d.Issue, Labels(d.Issue, d.Version), start.AddSeconds(d.Version * 10));
                // A 503 (storage slower than the ingress's 4 s budget, as on a machine running the whole suite)
                // means "not taken": the sender redelivers, as GitHub's "Redeliver" does. Anything else fails.
                var response = await apps[i % 3].Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, d.Id), ct);
                for (var attempt = 1; attempt < 4 && response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable; attempt++)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
                    response = await apps[i % 3].Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, d.Id), ct);
                }
                Assert.True(response.IsSuccessStatusCode, $"delivery {d.Id}: {response.StatusCode}");
            });

            await Eventually.HoldsAsync(() => Enumerable.Range(1, 50).All(n => github.LabelsOn("octo-org/converge", n).SetEquals([Expected(n)])), "every issue shows the priority of its newest delivery", timeoutSeconds: 180);
            // Labels first, comment after: wait until every message is done (a running one is still counted, invisible).
            var events = new ProductOps.Storage.StorageAccount(azurite.ConnectionString).Queue("tracker-events");
            await Eventually.HoldsAsync(async () => (await events.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "every delivery is processed", timeoutSeconds: 120);
            foreach (var n in Enumerable.Range(1, 50))
            {
                Assert.Single(github.CommentsOn("octo-org/converge", n));
                Assert.Equal([Expected(n)], github.LabelsOn("octo-org/converge", n));
                Assert.Contains(Formula(n), github.CommentsOn("octo-org/converge", n)[0].Body);
            }
            var storage = new ProductOps.Storage.StorageAccount(azurite.ConnectionString);
            foreach (var queue in new[] { "tracker-events", "tracker-events-poison" })
            {
                Assert.Equal(0, (await storage.Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    // Each version of an issue has other inputs, so a stale delivery winning would show.
    private static string[] Labels(int issue, int version) =>
        [$"reach:{100 * (issue % 7 + 1)}", $"impact:{Impacts[(issue + version) % 5]}", $"confidence:{50 + 5 * version}%", "effort:M"];

    private static Scored Score(int issue) =>
        (Scored)ScoreCalculator.Evaluate(new WorkItem { Key = new ItemKey("github", "octo-org/converge", $"{issue}"), Title = "t", Url = "u", Labels = Labels(issue, 8) }, ScoringConfig.Defaults);

    private static string Expected(int issue) => Score(issue).PriorityLabel;

    private static string Formula(int issue) => Score(issue).Formula;
}
