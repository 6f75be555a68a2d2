using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>A message that can never be processed goes straight to its queue's poison queue, on the first attempt, with the reason logged.</summary>
public sealed class SetAsideTests(SetAsideTests.Environment env) : IClassFixture<SetAsideTests.Environment>
{
    public sealed class Environment : AppWithFakeGitHub;

    [Theory]
    [InlineData(StorageNames.EventsQueue, "the message is not a queued event")]
    [InlineData(StorageNames.RoadmapQueue, "the message is not a roadmap refresh")]
    public async Task An_unreadable_message_is_set_aside_at_once_with_its_reason(string queue, string reason)
    {
        var text = $"{{\"unreadable\":\"{Guid.NewGuid():N}\"";
        await env.Queue(queue).SendMessageAsync(text);

        await env.WaitUntilIdleAsync();
        Assert.Single((await env.Queue(StorageNames.PoisonQueue(queue)).PeekMessagesAsync(32)).Value, m => m.Body.ToString() == text);
        var setAside = Assert.Single(env.App.Logs.Lines, l => l.Contains($"Moved an unprocessable message to {StorageNames.PoisonQueue(queue)}", StringComparison.Ordinal));
        Assert.Contains(reason, setAside, StringComparison.Ordinal);
    }
}
