using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Updates;
using ProductOps.Updates.Channels;
using ProductOps.Webhooks;

namespace ProductOps.Tests.Updates;

/// <summary>
/// Delivery once: a transient failure is retried with backoff and then posted once, a repeat is skipped,
/// and an update that cannot be delivered is kept in <c>updates-poison</c> with the reason and its text.
/// </summary>
public sealed class UpdateRetryTests(UpdateRetryTests.Environment env) : IClassFixture<UpdateRetryTests.Environment>
{
    public sealed class Environment : AppWithFakeWebhooks;

    [Fact]
    public async Task A_delivery_that_fails_with_500_is_retried_and_then_posted_exactly_once()
    {
        await env.QueueAsync("flaky-1", new UpdateTarget(UpdateTargetKind.Slack, "flaky"));

        await Eventually.HoldsAsync(() => env.Hooks.Requests("/flaky").Count == 2, "the retry reaches the webhook");
        await env.App.WaitUntilIdleAsync();
        Assert.Equal([500, 200], env.Hooks.Requests("/flaky").OrderBy(e => e.RequestMessage!.DateTime).Select(e => (int)e.ResponseMessage!.StatusCode!));

        // The same update queued again (a retried event) is not posted again.
        await env.QueueAsync("flaky-1", new UpdateTarget(UpdateTargetKind.Slack, "flaky"));
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("flaky-1 to slack-flaky: already delivered", StringComparison.Ordinal)), "the repeat is skipped");
        Assert.Equal(2, env.Hooks.Requests("/flaky").Count);
    }

    [Fact]
    public async Task An_update_that_fails_five_times_is_kept_in_updates_poison_with_the_reason_and_its_text()
    {
        await env.QueueAsync("down-1", new UpdateTarget(UpdateTargetKind.Slack, "down"));

        var poisoned = await env.PoisonedAsync("down-1");
        Assert.Equal(5, env.Hooks.Requests("/down").Count);
        Assert.Equal("Slack webhook 'down' answered 503. (gave up after 5 attempts)", poisoned.Reason);
        Assert.Equal(5, poisoned.Attempts);
        Assert.StartsWith("## Gate failed", poisoned.Rendered, StringComparison.Ordinal);
        Assert.Equal("beta", poisoned.Update.Model.GetProperty("gate").GetProperty("phase").GetString());
        Assert.DoesNotContain(env.Hooks.Server.Url!, string.Join("\n", env.App.Logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_refused_for_good_goes_to_updates_poison_at_once()
    {
        await env.QueueAsync("gone-1", new UpdateTarget(UpdateTargetKind.Slack, "gone"));

        var poisoned = await env.PoisonedAsync("gone-1");
        Assert.Single(env.Hooks.Requests("/gone"));
        Assert.Equal("Slack webhook 'gone' answered 404 (no_service).", poisoned.Reason);
    }

    [Fact]
    public async Task An_update_for_a_webhook_name_without_an_address_is_kept_with_the_setting_to_fix()
    {
        await env.QueueAsync("nameless-1", new UpdateTarget(UpdateTargetKind.Teams, "nowhere"));

        var poisoned = await env.PoisonedAsync("nameless-1");
        Assert.Contains("Updates:Webhooks:nowhere:Url", poisoned.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_is_not_an_update_is_kept_in_updates_poison_with_the_reason()
    {
        await env.Queue(StorageNames.UpdatesQueue).SendMessageAsync("{\"not\":\"an update\"");

        var poison = env.Queue(StorageNames.PoisonQueue(StorageNames.UpdatesQueue));
        await Eventually.HoldsAsync(async () => (await poison.PeekMessagesAsync(32)).Value.Any(m =>
            m.Body.ToString().Contains("the message is not an update", StringComparison.Ordinal) && m.Body.ToString().Contains("an update", StringComparison.Ordinal)), "the message is set aside");
    }
}
