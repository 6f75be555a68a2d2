using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;
using ProductOps.Updates.Channels;
using ProductOps.Webhooks;

namespace ProductOps.Tests.Updates;

/// <summary>An app with Slack, Teams and JSON webhooks on WireMock under the names the tests use, and fast retries.</summary>
public class AppWithFakeWebhooks : AppWithFakeGitHub
{
    public FakeWebhooks Hooks { get; } = new();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var name in new[] { "slack", "teams", "json", "down", "gone", "flaky" })
        {
            settings[$"Updates:Webhooks:{name}:Url"] = Hooks.Url("/" + name);
        }
        settings["Updates:Webhooks:json:Secret"] = "webhook-secret";
        settings["Updates:RetryDelay"] = "00:00:00.100";
        settings["Updates:MaxRetryDelay"] = "00:00:00.200";
    }
}

/// <summary>Queueing a sample update straight onto <c>updates</c>, and finding it in <c>updates-poison</c>.</summary>
internal static class UpdateQueueing
{
    public static async Task QueueAsync(this AppWithFakeGitHub env, string id, UpdateTarget target)
    {
        var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", "gate-failed.model.json"))).RootElement.Clone();
        await env.App.Services.GetRequiredService<UpdateQueue>().EnqueueAsync(new UpdateMessage
        {
            Id = id, Template = UpdateTemplates.GateFailed, Provider = "github", Container = "octo-org/app", ItemId = "9",
            Target = target, Model = model, CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
    }

    public static async Task<PoisonedUpdate> PoisonedAsync(this AppWithFakeGitHub env, string id)
    {
        var poison = env.Queue(StorageNames.PoisonQueue(StorageNames.UpdatesQueue));
        PoisonedUpdate? found = null;
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var message in (await poison.PeekMessagesAsync(32)).Value)
            {
                var update = JsonSerializer.Deserialize<PoisonedUpdate>(message.Body.ToString(), new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
                if (update?.Update is { } queued && queued.Id == id)
                {
                    found = update;
                    return true;
                }
            }
            return false;
        }, $"update {id} is in updates-poison");
        return found!;
    }
}
