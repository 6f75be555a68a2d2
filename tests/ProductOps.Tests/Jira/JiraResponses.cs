namespace ProductOps.Tests.Jira;

/// <summary>
/// Bodies in the shapes Jira Cloud REST v3 documents for these endpoints (trimmed to what matters),
/// https://developer.atlassian.com/cloud/jira/platform/rest/v3/.
/// </summary>
internal static class JiraResponses
{
    public const string Fields = """
        [
          {"id":"summary","key":"summary","name":"Summary","custom":false,"orderable":true,"navigable":true,"searchable":true,
           "clauseNames":["summary"],"schema":{"type":"string","system":"summary"}},
          {"id":"customfield_10050","key":"customfield_10050","name":"Reach","custom":true,"orderable":true,"navigable":true,
           "searchable":true,"clauseNames":["cf[10050]","Reach"],
           "schema":{"type":"number","custom":"com.atlassian.jira.plugin.system.customfieldtypes:float","customId":10050}},
          {"id":"customfield_10060","key":"customfield_10060","name":"RICE score","custom":true,"orderable":true,"navigable":true,
           "searchable":true,"clauseNames":["cf[10060]","RICE score"],
           "schema":{"type":"number","custom":"com.atlassian.jira.plugin.system.customfieldtypes:float","customId":10060}}
        ]
        """;

    public static string Issue(string key, string labels = "[\"impact:high\"]") => $$$"""
        {"expand":"renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
         "id":"10042","self":"https://your-domain.atlassian.net/rest/api/3/issue/10042","key":"{{{key}}}",
         "fields":{"summary":"Faster checkout","labels":{{{labels}}},"customfield_10050":500,
           "status":{"self":"https://your-domain.atlassian.net/rest/api/3/status/3","name":"In Progress","id":"3",
             "statusCategory":{"self":"https://your-domain.atlassian.net/rest/api/3/statuscategory/4","id":4,"key":"indeterminate","colorName":"yellow","name":"In Progress"}},
           "updated":"2024-03-01T10:15:30.123+0000"}}
        """;

    public static string Comment(string id, string text, string? propertiesJson = null) => $$$"""
        {"self":"https://your-domain.atlassian.net/rest/api/3/issue/10042/comment/{{{id}}}","id":"{{{id}}}",
         "author":{"accountId":"5b10a2844c20165700ede21g","displayName":"Mia Krystof","active":true},
         "body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"{{{text}}}"}]}]},
         "created":"2024-03-01T10:20:00.000+0000","updated":"2024-03-01T10:20:00.000+0000","jsdPublic":true
         {{{(propertiesJson is null ? "" : $",\"properties\":{propertiesJson}")}}}}
        """;

    public static string CommentsPage(int total, params string[] comments) =>
        $$"""{"startAt":0,"maxResults":100,"total":{{total}},"comments":[{{string.Join(',', comments)}}]}""";

    public static string CommentList(params string[] comments) =>
        $$"""{"maxResults":1048576,"startAt":0,"total":{{comments.Length}},"isLast":true,"values":[{{string.Join(',', comments)}}]}""";

    public static string ScoreProperty(string hash) =>
        $$$"""[{"key":"product-ops","value":{"marker":"score","hash":"{{{hash}}}"}}]""";
}
