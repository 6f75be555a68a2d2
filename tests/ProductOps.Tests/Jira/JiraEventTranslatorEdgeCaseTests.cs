using ProductOps.Jira;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Jira;

public sealed class JiraEventTranslatorEdgeCaseTests
{
    private static readonly JiraEventTranslator Translator = new(new Dictionary<string, string>());

    [Fact]
    public void A_custom_field_change_is_named_by_the_callers_field_map_and_its_number_read_as_text()
    {
        // Hand-written (not a captured payload): the shape of a custom number field update.
        const string json = """
            {"timestamp":1700000000000,"webhookEvent":"jira:issue_updated",
             "issue":{"id":"1","key":"PROJ-7","self":"https://x.atlassian.net/rest/api/2/issue/1",
               "fields":{"summary":"S","project":{"key":"PROJ"},"customfield_10050":500,
                 "customfield_10051":{"value":"High","id":"3"},"customfield_10052":null,
                 "status":{"name":"Done","statusCategory":{"key":"done"}},"updated":"2023-11-14T22:13:20.000+0000"}},
             "changelog":{"items":[{"field":"Reach","fieldtype":"custom","fieldId":"customfield_10050","from":null,"fromString":"400","to":null,"toString":"500"}]}}
            """;
        var translator = new JiraEventTranslator(new Dictionary<string, string>
        {
            ["customfield_10050"] = "Reach",
            ["customfield_10051"] = "Impact",
            ["customfield_10052"] = "Effort",
        });

        var e = Assert.IsType<JiraTranslation.Translated>(translator.Translate(json, null)).Event;

        Assert.Equal(["Reach"], e.Changes.Fields);
        Assert.Equal(new Dictionary<string, string> { ["Reach"] = "500", ["Impact"] = "High" }, e.Item.Fields);
        Assert.Equal(ItemState.Closed, e.Item.State);
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), e.Item.UpdatedAt);
    }

    [Theory]
    [InlineData("""{"webhookEvent":"jira:worklog_updated","worklog":{}}""", "jira:worklog_updated")]
    [InlineData("""{"webhookEvent":"comment_deleted","comment":{"id":"1"}}""", "comment_deleted")]
    public void An_event_we_do_not_act_on_is_ignored_with_a_reason(string json, string eventName)
    {
        var ignored = Assert.IsType<JiraTranslation.Ignored>(Translator.Translate(json, "id"));
        Assert.Contains(eventName, ignored.Reason);
        Assert.StartsWith("ignored: ", ignored.ToString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"webhookEvent\":")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"webhookEvent":"jira:issue_updated"}""")]
    [InlineData("""{"webhookEvent":"jira:issue_updated","issue":{"fields":{}}}""")]
    [InlineData("""{"webhookEvent":"jira:issue_updated","issue":{"key":"A-1","fields":{"updated":"yesterday"}}}""")]
    public void Malformed_json_is_a_clear_error_not_an_exception(string json) =>
        Assert.IsType<JiraTranslation.Malformed>(Translator.Translate(json, null));
}
