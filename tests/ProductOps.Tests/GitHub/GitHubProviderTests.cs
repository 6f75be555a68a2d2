using System.Text.Json;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.GitHub;

/// <summary>Reading GitHub's real example payloads (Fixtures/github) into work-item events.</summary>
public sealed class GitHubProviderTests
{
    private static readonly GitHubProvider Provider = new(null!, new RepositoryConfigReader(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<RepositoryConfigReader>.Instance, TimeSpan.FromMinutes(1)));

    [Theory]
    [InlineData("issues.opened", "opened", ItemState.Open)]
    [InlineData("issues.edited", "edited", ItemState.Open)]
    [InlineData("issues.labeled", "labeled", ItemState.Open)]
    [InlineData("issues.unlabeled", "unlabeled", ItemState.Open)]
    [InlineData("issues.reopened", "reopened", ItemState.Open)]
    [InlineData("issues.closed", "closed", ItemState.Closed)]
    [InlineData("issues.deleted", "deleted", ItemState.Deleted)]
    public void Issue_events_become_work_item_events(string fixture, string action, ItemState state)
    {
        var reading = Assert.IsType<ItemEvent>(Provider.Read(Event("issues", fixture)));

        Assert.Equal(action, reading.Action);
        Assert.Equal(state, reading.Item.State);
        Assert.Equal(Providers.GitHub, reading.Item.Key.Provider);
        Assert.Contains("/", reading.Item.Key.Container);
        Assert.False(string.IsNullOrEmpty(reading.Item.Title));
        Assert.NotEqual(default, reading.Item.UpdatedAt);
    }

    [Fact]
    public void A_labeled_issue_carries_its_labels_url_and_comment_count()
    {
        var item = Assert.IsType<ItemEvent>(Provider.Read(Event("issues", "issues.labeled"))).Item;

        Assert.Equal(new ItemKey("github", "Codertocat/Hello-World", "1"), item.Key);
        Assert.Equal(["bug"], item.Labels);
        Assert.Equal("https://github.com/Codertocat/Hello-World/issues/1", item.Url);
        Assert.Equal(0, item.CommentCount);
    }

    [Fact]
    public void The_installation_id_is_the_scope_to_write_with()
    {
        var reading = Assert.IsType<ItemEvent>(Provider.Read(Event("issues", "issues.closed")));

        Assert.NotNull(reading.Scope);
        Assert.True(long.TryParse(reading.Scope, out _));
    }

    [Fact]
    public void A_new_issue_comment_is_read_as_a_comment_that_may_hold_commands()
    {
        var comment = Assert.IsType<ProductOps.Commands.CommentEvent>(Provider.Read(Event("issue_comment", "issue_comment.created")));

        Assert.Equal(("created", "Codertocat", false), (comment.Action, comment.Comment.Author, comment.Comment.ByBot));
        Assert.Equal("github", comment.Item.Key.Provider);
    }

    [Theory]
    [InlineData("issues", "issues.transferred")]
    public void Events_and_actions_that_change_nothing_are_ignored_with_a_reason(string eventName, string fixture)
    {
        var ignored = Assert.IsType<IgnoredEvent>(Provider.Read(Event(eventName, fixture)));

        Assert.False(string.IsNullOrWhiteSpace(ignored.Reason));
    }

    [Fact]
    public void An_issues_payload_without_an_issue_cannot_be_read()
    {
        var ev = new TrackerEvent { Provider = "github", EventName = "issues", DeliveryId = "d1", ReceivedAt = DateTimeOffset.UtcNow, Payload = JsonDocument.Parse("""{"action":"opened"}""").RootElement };

        Assert.Throws<UnreadableEventException>(() => Provider.Read(ev));
    }

    [Fact]
    public void An_issues_payload_of_the_wrong_shape_cannot_be_read()
    {
        var ev = new TrackerEvent { Provider = "github", EventName = "issues", DeliveryId = "d2", ReceivedAt = DateTimeOffset.UtcNow, Payload = JsonDocument.Parse("""{"action":"opened","issue":{"number":"one"}}""").RootElement };

        Assert.Throws<UnreadableEventException>(() => Provider.Read(ev));
    }

    private static TrackerEvent Event(string eventName, string fixture) => new()
    {
        Provider = Providers.GitHub,
        EventName = eventName,
        DeliveryId = Guid.NewGuid().ToString(),
        ReceivedAt = DateTimeOffset.UtcNow,
        Payload = JsonDocument.Parse(GitHubDeliveries.Load(fixture).ToJsonString()).RootElement,
    };
}
