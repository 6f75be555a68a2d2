using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Faults;

/// <summary>
/// GitHub's secondary limits count per installation, whichever instance sends: under a burst, two
/// app instances together keep mutating requests serial and at least one interval apart.
/// </summary>
public sealed class RateDisciplineTests
{
    [Fact]
    public async Task Two_instances_under_a_burst_space_their_mutations_by_the_interval_between_them()
    {
        await using var azurite = await Azurite.StartAsync();
        using var github = new FakeGitHub();
        var settings = RunningApp.Settings(azurite, github);
        settings["GitHub:MutationInterval"] = "00:00:00.250";
        await using var one = await RunningApp.StartAsync(settings);
        await using var two = await RunningApp.StartAsync(settings);
        string[] inputs = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

        await Task.WhenAll(Enumerable.Range(1, 16).Select(n =>
            (n % 2 == 0 ? one : two).Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/burst", n, inputs), RunningApp.Secret))));

        await Eventually.HoldsAsync(() => Enumerable.Range(1, 16).All(n => github.CommentsOn("octo-org/burst", n).Count == 1), "all 16 issues are scored", timeoutSeconds: 60);
        var mutations = github.Requests(writesOnly: true).Select(r => r.RequestMessage!.DateTime).Order().ToList();
        Assert.Equal(32, mutations.Count);
        // Arrival times jitter under load, so judge the schedule by its span and its densest second:
        // 32 slots 250 ms apart span about 7.75 s and put 4 in any second. Two instances pacing only
        // themselves would need half that time and put 8 in a second.
        var span = mutations[^1] - mutations[0];
        Assert.True(span >= TimeSpan.FromMilliseconds(31 * 250 * 0.9), $"32 mutations took only {span.TotalSeconds:0.00} s");
        var densest = mutations.Max(t => mutations.Count(u => u >= t && u < t.AddSeconds(1)));
        Assert.True(densest <= 6, $"{densest} mutations within one second");
    }
}
