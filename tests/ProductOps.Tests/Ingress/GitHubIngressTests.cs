using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>
/// The HTTP edge on its own: the local queue listener is off, so what ingress queued stays in the
/// queue to be counted.
/// </summary>
public sealed class GitHubIngressTests(GitHubIngressTests.IngressOnly env) : IClassFixture<GitHubIngressTests.IngressOnly>
{
    public sealed class IngressOnly : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => RunningApp.WithoutTriggers(settings);
    }

    [Fact]
    public async Task A_signed_delivery_is_acknowledged_with_202_once_it_is_in_the_queue()
    {
        var delivery = Guid.NewGuid().ToString();

        var response = await Send(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await IsQueuedAsync(delivery));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("the wrong secret")]
    public async Task A_missing_or_wrong_signature_gets_401_and_nothing_is_queued(string? secret)
    {
        var delivery = Guid.NewGuid().ToString();
        var body = Encoding.UTF8.GetBytes(GitHubDeliveries.Load("issues.opened").ToJsonString());

        var response = await Send(GitHubDeliveries.Request("issues", body, secret, delivery));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await IsQueuedAsync(delivery));
    }

    [Fact]
    public async Task Ping_is_answered_200_and_not_queued()
    {
        var delivery = Guid.NewGuid().ToString();

        var response = await Send(GitHubDeliveries.Request("ping", GitHubDeliveries.Load("ping"), RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await IsQueuedAsync(delivery));
    }

    [Theory]
    [InlineData("X-GitHub-Event")]
    [InlineData("X-GitHub-Delivery")]
    public async Task A_delivery_without_its_event_or_delivery_header_gets_400(string header)
    {
        var request = GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret);
        request.Headers.Remove(header);

        var response = await Send(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(header, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"action\":\"opened\"", "application/json")]
    [InlineData("[1,2,3]", "application/json")]
    [InlineData("{} {}", "application/json")]
    [InlineData("not json at all", "application/json")]
    [InlineData("{\"action\":\"opened\"}", "text/plain")]
    [InlineData("nothing=here", "application/x-www-form-urlencoded")]
    public async Task A_malformed_body_or_unsupported_content_type_gets_400_with_the_reason(string body, string contentType)
    {
        var delivery = Guid.NewGuid().ToString();

        var response = await Send(GitHubDeliveries.Request("issues", Encoding.UTF8.GetBytes(body), RunningApp.Secret, delivery, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync());
        Assert.False(await IsQueuedAsync(delivery));
    }

    [Fact]
    public async Task A_form_encoded_delivery_is_queued_as_its_payload_field()
    {
        var delivery = Guid.NewGuid().ToString();
        var json = GitHubDeliveries.Load("issues.opened").ToJsonString();
        var form = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(json));

        var response = await Send(GitHubDeliveries.Request("issues", form, RunningApp.Secret, delivery, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await QueuedEventAsync(delivery);
        Assert.Equal("opened", queued!.Payload!.Value.GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_body_over_25_MB_gets_413()
    {
        var body = new byte[26 * 1024 * 1024];
        Array.Fill(body, (byte)' ');

        var request = GitHubDeliveries.Request("issues", body, RunningApp.Secret);
        // Ask before sending the body, so the refusal arrives before 26 MB are pushed at a closed door.
        request.Headers.ExpectContinue = true;

        var response = await Send(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_payload_too_large_for_a_queue_message_travels_in_a_blob()
    {
        var delivery = Guid.NewGuid().ToString();
        var payload = GitHubDeliveries.Load("issues.opened");
        payload["issue"]!["body"] = new string('x', 200 * 1024);

        var response = await Send(GitHubDeliveries.Request("issues", payload, RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await QueuedEventAsync(delivery);
        Assert.NotNull(queued!.PayloadBlob);
        Assert.Equal(200 * 1024, queued.Payload!.Value.GetProperty("issue").GetProperty("body").GetString()!.Length);
    }

    [Fact]
    public async Task A_delivery_costs_one_storage_request_before_its_202_and_a_redelivery_the_same()
    {
        // Issue 11: the ingress ceiling is the queue put; the delivery-id claim left the acknowledgement
        // path (redeliveries are recognised at processing, see EndToEnd/GitHubScoringTests).
        var delivery = Guid.NewGuid().ToString();
        var storage = env.App.Services.GetRequiredService<StorageAccount>().Requests;

        var before = storage.Snapshot();
        var first = await Send(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));
        var afterFirst = storage.Snapshot();
        var again = await Send(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, delivery));
        var afterAgain = storage.Snapshot();

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, again.StatusCode));
        Assert.Equal(new Dictionary<string, long> { ["queue POST tracker-events"] = 1 }, StorageRequests.Between(before, afterFirst));
        Assert.Equal(new Dictionary<string, long> { ["queue POST tracker-events"] = 1 }, StorageRequests.Between(afterFirst, afterAgain));
    }

    [Fact]
    public async Task Health_reports_storage_reachable()
    {
        var response = await env.App.Client.GetAsync("api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("reachable", await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> Send(HttpRequestMessage request) => env.App.Client.SendAsync(request);

    private async Task<bool> IsQueuedAsync(string delivery) => (await QueuedEventsAsync()).Any(e => e.DeliveryId == delivery);

    private async Task<TrackerEvent?> QueuedEventAsync(string delivery) => (await QueuedEventsAsync()).SingleOrDefault(e => e.DeliveryId == delivery);

    private async Task<List<TrackerEvent>> QueuedEventsAsync()
    {
        var queue = env.App.Services.GetRequiredService<EventQueue>();
        var messages = await env.Queue(StorageNames.EventsQueue).PeekMessagesAsync(32);
        var events = new List<TrackerEvent>();
        foreach (var message in messages.Value)
        {
            events.Add(await queue.ReadAsync(message.Body.ToString(), CancellationToken.None));
        }
        return events;
    }
}
