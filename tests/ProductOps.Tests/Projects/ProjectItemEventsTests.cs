using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Events.ProjectsV2Item;
using Octokit.Webhooks.Models.ProjectsV2ItemEvent;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.GitHub.Projects;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Projects;

/// <summary>
/// Reading <c>projects_v2_item</c> deliveries (Fixtures/github) into Octokit.Webhooks' typed events, without
/// the app: every action, and every shape of <c>changes.field_value</c> GitHub sends for an edited field.
/// </summary>
public sealed class ProjectItemEventsTests
{
    [Theory]
    [InlineData("created", typeof(ProjectsV2ItemCreatedEvent))]
    [InlineData("edited", typeof(ProjectsV2ItemEditedEvent))]
    [InlineData("reordered", typeof(ProjectsV2ItemReorderedEvent))]
    [InlineData("converted", typeof(ProjectsV2ItemConvertedEvent))]
    [InlineData("archived", typeof(ProjectsV2ItemArchivedEvent))]
    [InlineData("restored", typeof(ProjectsV2ItemRestoredEvent))]
    [InlineData("deleted", typeof(ProjectsV2ItemDeletedEvent))]
    public void Every_action_is_read_into_its_own_event_type(string action, Type expected)
    {
        var payload = Payload(action);

        var read = WebhookPayloads.Read<ProjectsV2ItemEvent>(Event(payload));

        Assert.IsType(expected, read);
        Assert.Equal((string?)payload["projects_v2_item"]!["node_id"], read.ProjectsV2Item.NodeId);
        Assert.Equal((string?)payload["projects_v2_item"]!["project_node_id"], read.ProjectsV2Item.ProjectNodeId);
        Assert.Equal((string?)payload["projects_v2_item"]!["content_type"], read.ProjectsV2Item.ContentType.StringValue);
        Assert.Equal("Octocoders", read.Organization?.Login);
    }

    [Fact]
    public void An_edit_as_GitHub_first_sent_it_names_the_field_without_its_values()
    {
        var read = Assert.IsType<ProjectsV2ItemEditedEvent>(WebhookPayloads.Read<ProjectsV2ItemEvent>(Event(Payload("edited"))));

        Assert.Equal(("PVTF_lADOAWcTxs07G84AAali", "single_select"), (read.Changes.FieldValue?.FieldNodeId, read.Changes.FieldValue?.FieldType.StringValue));
        Assert.Null(read.Changes.FieldValue?.From);
        Assert.Null(read.Changes.FieldValue?.To);
    }

    // Single select, number and date: octokit/webhooks.net test/Octokit.Webhooks.Test/Resources/projects_v2_item/
    // edited.payload.json, edited.with-number.payload.json, edited.with-date.payload.json. Text and iteration:
    // GitHub's schema for from/to (a string; a projects-v2-iteration-setting object). Octokit.Webhooks 4.2.3 reads
    // an object as a single-select option (id, name, color, description): of an iteration only its id is read,
    // its title, start date and duration are not (Product Ops reads the item's iteration through GraphQL).
    [Theory]
    [InlineData("single_select", """{"id":"f75ad846","name":"Todo","color":"GREEN","description":"This item hasn't been started"}""",
        """{"id":"47fc9ee4","name":"In Progress","color":"YELLOW","description":"This is actively being worked on"}""", "Todo", "In Progress")]
    [InlineData("number", "null", "123.456", "none", "123.456")]
    [InlineData("date", "null", "\"2025-08-01T00:00:00+00:00\"", "none", "2025-08-01T00:00:00+00:00")]
    [InlineData("text", "\"Needs a spike\"", "\"Spiked\"", "Needs a spike", "Spiked")]
    [InlineData("iteration", """{"id":"cfc16e4d","title":"Iteration 1","duration":14,"start_date":"2025-07-28"}""",
        """{"id":"2b4d9a1c","title":"Iteration 2","title_html":"Iteration 2","duration":14,"start_date":"2025-08-11","completed":false}""", "id cfc16e4d", "id 2b4d9a1c")]
    public void An_edit_reads_the_changed_field_and_its_values(string fieldType, string from, string to, string expectedFrom, string expectedTo)
    {
        var read = Assert.IsType<ProjectsV2ItemEditedEvent>(WebhookPayloads.Read<ProjectsV2ItemEvent>(Event(Edited(fieldType, from, to))));

        var change = read.Changes.FieldValue!;
        Assert.Equal(("PVTF_field", fieldType, "Estimate"), (change.FieldNodeId, change.FieldType.StringValue, change.FieldName));
        Assert.Equal((expectedFrom, expectedTo), (Describe(change.From), Describe(change.To)));
    }

    [Fact]
    public async Task A_field_value_of_a_shape_the_package_cannot_read_is_skipped_and_the_item_is_still_read()
    {
        var ev = Event(Edited("labels", """[{"name":"bug"}]""", "true"));
        var asked = false;

        var reading = await ProjectItemEvents.ReadAsync(ev, _ => { asked = true; return null; }, CancellationToken.None);

        var read = Assert.IsType<ProjectsV2ItemEditedEvent>(WebhookPayloads.Read<ProjectsV2ItemEvent>(ev));
        Assert.Equal("labels", read.Changes.FieldValue?.FieldType.StringValue);
        Assert.Null(read.Changes.FieldValue?.From);
        Assert.True(asked, "the item is read through GraphQL");
        Assert.IsType<IgnoredEvent>(reading);
    }

    [Fact]
    public async Task Deleting_a_card_marks_the_project_without_a_GraphQL_read()
    {
        var reading = await ProjectItemEvents.ReadAsync(Event(Payload("deleted")), _ => throw new InvalidOperationException("no GraphQL read expected"), CancellationToken.None);

        var changed = Assert.IsType<BoardChanged>(reading);
        Assert.Equal(("PVT_kwDOAWcTxs4ACgDd", null), (changed.ProjectId, changed.Scope));
    }

    [Fact]
    public async Task An_action_GitHub_may_add_later_is_ignored_with_a_reason()
    {
        var payload = Payload("edited");
        payload["action"] = "locked";

        var ignored = Assert.IsType<IgnoredEvent>(await ProjectItemEvents.ReadAsync(Event(payload), _ => null, CancellationToken.None));

        Assert.Contains("'locked'", ignored.Reason);
    }

    [Fact]
    public async Task An_edit_without_its_item_cannot_be_read()
    {
        var payload = Payload("edited");
        payload.Remove("projects_v2_item");

        await Assert.ThrowsAsync<UnreadableEventException>(() => ProjectItemEvents.ReadAsync(Event(payload), _ => null, CancellationToken.None));
    }

    /// <summary>
    /// A real payload per action. GitHub publishes no <c>deleted</c> example; its schema is the other actions'
    /// without <c>changes</c> (octokit/webhooks payload-schemas/api.github.com/projects_v2_item/deleted.schema.json),
    /// so it is the real <c>archived</c> payload with that action and no <c>changes</c>.
    /// </summary>
    private static JsonObject Payload(string action)
    {
        if (action != "deleted")
        {
            return GitHubDeliveries.Load("projects_v2_item." + action);
        }
        var deleted = GitHubDeliveries.Load("projects_v2_item.archived");
        deleted["action"] = "deleted";
        deleted.Remove("changes");
        return deleted;
    }

    /// <summary>The real edited payload with a field change of the given type and values (JSON).</summary>
    private static JsonObject Edited(string fieldType, string from, string to)
    {
        var payload = Payload("edited");
        payload["changes"] = new JsonObject
        {
            ["field_value"] = new JsonObject
            {
                ["field_node_id"] = "PVTF_field", ["field_type"] = fieldType, ["field_name"] = "Estimate", ["project_number"] = 1,
                ["from"] = JsonNode.Parse(from), ["to"] = JsonNode.Parse(to),
            },
        };
        return payload;
    }

    private static string Describe(ChangesFieldValueChangeBase? value) => value switch
    {
        null => "none",
        ChangesFieldValueChange { Name: { } name } => name,
        ChangesFieldValueChange iteration => "id " + iteration.Id,
        ChangesFieldValueScalarChange { NumericValue: { } number } => number.ToString(CultureInfo.InvariantCulture),
        ChangesFieldValueScalarChange scalar => scalar.StringValue ?? "none",
        _ => value.GetType().Name,
    };

    private static TrackerEvent Event(JsonObject payload) => new()
    {
        Provider = Providers.GitHub,
        EventName = ProjectItemEvents.EventName,
        DeliveryId = Guid.NewGuid().ToString(),
        ReceivedAt = DateTimeOffset.UtcNow,
        Payload = JsonDocument.Parse(payload.ToJsonString()).RootElement,
    };
}
