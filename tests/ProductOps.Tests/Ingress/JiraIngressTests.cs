using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>POST /api/jira/webhook on its own: the queue listener is off, so what was queued can be counted.</summary>
public sealed class JiraIngressTests(JiraIngressTests.IngressOnly env) : IClassFixture<JiraIngressTests.IngressOnly>
{
    public sealed class IngressOnly : AppWithFakeJira
    {
        protected override void Configure(Dictionary<string, string?> settings) => RunningApp.WithoutTriggers(settings);
    }

    // Atlassian's test vector: https://developer.atlassian.com/cloud/jira/platform/webhooks/#secure-admin-webhooks
    [Theory]
    [InlineData("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9", HttpStatusCode.BadRequest)]
    [InlineData("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c8", HttpStatusCode.Unauthorized)]
    public async Task The_Atlassian_test_vector_passes_the_signature_check_and_only_then_fails_as_not_json(string signature, HttpStatusCode expected)
    {
        var request = JiraDeliveries.Request(Encoding.UTF8.GetBytes("Hello World!"), secret: null, Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature", signature);

        Assert.Equal(expected, (await Send(request)).StatusCode);
    }

    [Fact]
    public async Task A_signed_delivery_is_queued_under_its_webhook_identifier_and_event_name_then_acknowledged_202()
    {
        var identifier = Guid.NewGuid().ToString();

        var response = await Send(JiraDeliveries.Request(JiraDeliveries.Load("issue-updated-labels"), RunningApp.Secret, identifier));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await QueuedAsync(identifier);
        Assert.Equal(("jira", "jira:issue_updated"), (queued!.Provider, queued.EventName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("the wrong secret")]
    public async Task A_missing_or_wrong_signature_gets_401_and_nothing_is_queued(string? secret)
    {
        var identifier = Guid.NewGuid().ToString();

        var response = await Send(JiraDeliveries.Request(JiraDeliveries.Load("issue-updated-labels"), secret, identifier));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await QueuedAsync(identifier));
    }

    [Theory]
    [InlineData("{\"webhookEvent\":\"jira:issue_updated\"")]
    [InlineData("[1,2,3]")]
    [InlineData("not json at all")]
    [InlineData("{\"timestamp\":1}")]
    [InlineData("{\"webhookEvent\":42}")]
    [InlineData("{\"webhookEvent\":\"\"}")]
    public async Task Malformed_json_or_a_payload_without_webhookEvent_gets_400(string body)
    {
        var identifier = Guid.NewGuid().ToString();

        var response = await Send(JiraDeliveries.Request(Encoding.UTF8.GetBytes(body), RunningApp.Secret, identifier));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await QueuedAsync(identifier));
    }

    [Fact]
    public async Task A_body_over_25_MB_gets_413()
    {
        var body = new byte[26 * 1024 * 1024];
        Array.Fill(body, (byte)' ');
        var request = JiraDeliveries.Request(body, RunningApp.Secret, Guid.NewGuid().ToString());
        request.Headers.ExpectContinue = true;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Send(request)).StatusCode);
    }

    [Fact]
    public async Task Without_the_identifier_header_a_hash_of_the_body_is_the_delivery_id()
    {
        // Jira's retries are queued again and recognised at processing (EndToEnd/JiraScoringTests).
        var body = Encoding.UTF8.GetBytes(JiraDeliveries.Load("issue-updated-assigned").ToJsonString());

        var first = await Send(JiraDeliveries.Request(body, RunningApp.Secret, identifier: null));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var expected = "sha256-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        Assert.Equal(1, (await QueuedEventsAsync()).Count(e => e.DeliveryId == expected));
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.Accepted)]
    public async Task Without_a_secret_unsigned_deliveries_are_refused_unless_explicitly_allowed(bool allowUnsigned, HttpStatusCode expected)
    {
        var settings = RunningApp.Settings(env.Azurite, github: null);
        RunningApp.WithoutTriggers(settings);
        settings["Jira:AllowUnsignedWebhooks"] = allowUnsigned.ToString();
        await using var app = await RunningApp.StartAsync(settings);

        var response = await app.Client.SendAsync(JiraDeliveries.Request(JiraDeliveries.Load("issue-created"), secret: null));

        Assert.Equal(expected, response.StatusCode);
    }

    private Task<HttpResponseMessage> Send(HttpRequestMessage request) => env.App.Client.SendAsync(request);

    private async Task<TrackerEvent?> QueuedAsync(string identifier) => (await QueuedEventsAsync()).SingleOrDefault(e => e.DeliveryId == identifier);

    private async Task<List<TrackerEvent>> QueuedEventsAsync()
    {
        var queue = env.App.Services.GetRequiredService<EventQueue>();
        var events = new List<TrackerEvent>();
        foreach (var message in (await env.Queue(StorageNames.EventsQueue).PeekMessagesAsync(32)).Value)
        {
            events.Add(await queue.ReadAsync(message.Body.ToString(), CancellationToken.None));
        }

        return events;
    }
}
