using ProductOps.Jira;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

public sealed class JiraEventTranslatorTests
{
    // Real Jira Cloud payloads (Fixtures/jira/SOURCES.md). Rank is a real custom field in them.
    private static readonly JiraEventTranslator Translator = new(new Dictionary<string, string>
    {
        ["customfield_10022"] = "Rank",
        ["customfield_10050"] = "Reach",
    });

    [Theory]
    [InlineData("issue-created.json", "jira:issue_created", "TES-41", ItemState.Open, true, true, "Rank")]
    [InlineData("issue-updated-labels.json", "jira:issue_updated", "TES-41", ItemState.Open, true, false, "")]
    [InlineData("issue-updated-status-in-progress.json", "jira:issue_updated", "TES-41", ItemState.Open, false, true, "")]
    [InlineData("issue-updated-status-done-resolved.json", "jira:issue_updated", "TES-41", ItemState.Closed, false, true, "resolution")]
    [InlineData("issue-updated-assigned.json", "jira:issue_updated", "TES-41", ItemState.Open, false, false, "assignee")]
    [InlineData("issue-deleted.json", "jira:issue_deleted", "IDT-19", ItemState.Deleted, false, false, "")]
    [InlineData("comment-created.json", "comment_created", "TES-41", ItemState.Open, false, false, "")]
    public void Every_real_payload_translates_to_an_item_event_with_what_changed(
        string file, string eventName, string issueKey, ItemState state, bool labels, bool status, string fields)
    {
        var result = Translator.Translate(Fixture.Bytes("jira", file), "delivery-1");

        var e = Assert.IsType<JiraTranslation.Translated>(result).Event;
        Assert.Equal(eventName, e.EventName);
        Assert.Equal("delivery-1", e.WebhookIdentifier);
        Assert.Equal(new ItemKey("jira", issueKey.Split('-')[0], issueKey), e.Item.Key);
        Assert.Equal(state, e.Item.State);
        Assert.Equal(labels, e.Changes.Labels);
        Assert.Equal(status, e.Changes.Status);
        Assert.Equal(fields.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Changes.Fields);
        Assert.StartsWith("https://some-instance-test.atlassian.net/browse/", e.Item.Url);
        Assert.NotNull(e.RaisedAt);
    }

    [Fact]
    public void An_issue_created_payload_gives_title_body_labels_times_and_named_fields()
    {
        var item = Translated("issue-created.json").Item;

        Assert.Equal("Unit test summary", item.Title);
        Assert.Equal("Unit test description, not that long", item.Body);
        Assert.Equal(["test-label"], item.Labels);
        Assert.Equal("https://some-instance-test.atlassian.net/browse/TES-41", item.Url);
        Assert.Equal(DateTimeOffset.Parse("2019-02-15T19:01:52.971-08:00"), item.UpdatedAt);
        Assert.Equal(TimeSpan.FromHours(-8), item.UpdatedAt.Offset);

        // Only mapped fields with a value: Rank is set; Reach is mapped but absent.
        Assert.Equal(new Dictionary<string, string> { ["Rank"] = "0|i00067:" }, item.Fields);
    }

    [Fact]
    public void A_labels_change_reports_added_and_removed_labels_from_the_space_separated_lists()
    {
        var e = Translated("issue-updated-labels.json");

        Assert.Equal(["sad"], e.Changes.LabelsAdded);
        Assert.Equal(["bad"], e.Changes.LabelsRemoved);
        Assert.Equal(["sad", "test-label"], e.Item.Labels);
        var change = Assert.Single(e.Changes.Items);
        Assert.Equal(("labels", "bad test-label", "sad test-label"), (change.FieldId, change.FromText, change.ToText));
    }

    [Fact]
    public void A_status_change_exposes_the_typed_changelog_items()
    {
        var e = Translated("issue-updated-status-done-resolved.json");

        var status = Assert.Single(e.Changes.Items, i => i.Field == "status");
        Assert.Equal(("3", "In Progress", "10002", "Done"), (status.From, status.FromText, status.To, status.ToText));
        Assert.Equal(DateTimeOffset.Parse("2019-02-15T19:15:40.477-08:00"), e.Item.UpdatedAt);
    }

    [Fact]
    public void An_assignment_gives_the_assignee_by_display_name() =>
        Assert.Equal(["Test User"], Translated("issue-updated-assigned.json").Item.Assignees);

    [Fact]
    public void A_comment_event_carries_a_partial_issue_and_the_comment_id()
    {
        var e = Translated("comment-created.json");

        Assert.True(e.IsPartial);
        Assert.Equal("10019", e.CommentId);
        Assert.Equal("Unit test summary 1", e.Item.Title);
        Assert.Same(JiraItemChanges.None, e.Changes);
    }

    private static JiraItemEvent Translated(string file) =>
        Assert.IsType<JiraTranslation.Translated>(Translator.Translate(Fixture.Bytes("jira", file), null)).Event;
}
