using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// What the Functions host does with a queue trigger, done by hand: take the message from
/// tracker-events and POST it to /process-event as {Data, Metadata}; read {Outputs, Logs, ReturnValue}.
/// </summary>
public sealed class CustomHandlerInvocationTests(CustomHandlerInvocationTests.HostOwnsTheQueue env) : IClassFixture<CustomHandlerInvocationTests.HostOwnsTheQueue>
{
    public sealed class HostOwnsTheQueue : AppWithFakeGitHub
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["LocalQueueListener:Enabled"] = "false";
    }

    [Fact]
    public async Task A_queue_invocation_processes_the_message_and_answers_in_the_custom_handler_shape()
    {
        var payload = GitHubDeliveries.Labeled("octo-org/hosted", 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]);
        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        var message = (await env.Queue(StorageNames.EventsQueue).ReceiveMessageAsync()).Value;

        var response = await env.App.Client.PostAsJsonAsync("process-event", new
        {
            Data = new { message = message.Body.ToString() },
            Metadata = new { DequeueCount = 1, Id = message.MessageId, InsertionTime = message.InsertedOn },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("logs").ValueKind);
        Assert.Single(env.GitHub.CommentsOn("octo-org/hosted", 1));
    }

    [Fact]
    public async Task A_failed_invocation_answers_500_so_the_host_applies_its_retry_rules()
    {
        env.GitHub.Fail("POST", "^/repos/octo-org/hosted/issues/2/labels$", 500);
        var payload = GitHubDeliveries.Labeled("octo-org/hosted", 2, ["reach:500", "impact:high", "confidence:80%", "effort:M"]);
        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        var message = (await env.Queue(StorageNames.EventsQueue).ReceiveMessageAsync()).Value;

        var response = await env.App.Client.PostAsJsonAsync("process-event", new { Data = new { message = message.Body.ToString() }, Metadata = new { DequeueCount = 1 } });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Failed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invocation_without_the_message_binding_is_a_clear_400()
    {
        var response = await env.App.Client.PostAsJsonAsync("process-event", new { Data = new { other = "x" }, Metadata = new { DequeueCount = 1 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Data.message", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Under the Functions host the handler listens where the host says and leaves the queues to it.</summary>
public sealed class UnderTheFunctionsHostTests
{
    [Fact]
    public async Task With_FUNCTIONS_CUSTOMHANDLER_PORT_set_the_app_listens_there_and_runs_no_queue_listener()
    {
        await using var azurite = await Azurite.StartAsync();
        var port = Azurite.FreePort();
        var settings = RunningApp.Settings(azurite, github: null);
        settings["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString();

        await using var app = await RunningApp.StartAsync(settings, urls: null);

        using var client = new HttpClient();
        var health = await client.GetAsync($"http://127.0.0.1:{port}/api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("Listening on queue"));
    }
}
