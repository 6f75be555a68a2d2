using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProductOps.Events;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// Only signed webhooks reach the app over HTTP. The queue and timer functions run from their
/// triggers alone: no route on the app's port invokes them, so a forged, unsigned event posted where
/// the custom handler's invocation routes used to be causes no tracker write.
/// </summary>
public sealed class QueueFunctionsOverHttpTests(QueueFunctionsOverHttpTests.Environment env) : IClassFixture<QueueFunctionsOverHttpTests.Environment>
{
    public sealed class Environment : AppWithFakeGitHub;

    public static TheoryData<string> Paths() =>
    [
        .. new[] { "process-event", "refresh-roadmap", "deliver-update", "stakeholder-digest" }.SelectMany(f => new[] { f, "api/" + f }),
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_forged_unsigned_event_posted_to_a_queue_or_timer_function_is_not_found_and_writes_nothing(string path)
    {
        const string repo = "octo-org/private";
        var forged = ForgedInvocation(repo, number: 7);

        var post = await env.App.Client.PostAsync(path, new StringContent(forged, Encoding.UTF8, "application/json"));
        var get = await env.App.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        await env.WaitUntilIdleAsync();
        Assert.DoesNotContain(env.GitHub.Writes, w => w.RequestMessage!.AbsolutePath.StartsWith($"/repos/{repo}/", StringComparison.Ordinal));
    }

    /// <summary>The custom-handler invocation body, carrying an event exactly as the queue would hold it.</summary>
    private static string ForgedInvocation(string repo, int number)
    {
        var ev = new TrackerEvent
        {
            Provider = Providers.GitHub,
            EventName = "issues",
            DeliveryId = $"forged-{Guid.NewGuid():N}",
            ReceivedAt = DateTimeOffset.UtcNow,
            Payload = JsonDocument.Parse(GitHubDeliveries.Labeled(repo, number, ["reach:500", "impact:high", "confidence:80%", "effort:M"]).ToJsonString()).RootElement,
        };
        var message = JsonSerializer.Serialize(ev, EventJson.Default.TrackerEvent);
        return new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = message },
            ["Metadata"] = new JsonObject { ["DequeueCount"] = 1 },
        }.ToJsonString();
    }
}
