using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Jira;

// Shapes of Jira Cloud REST v3 issues, shared with webhook payloads (which use the same issue bean).
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get

public sealed record JiraIssue
{
    public string Id { get; init; } = "";
    public required string Key { get; init; }
    public string? Self { get; init; }
    public JiraIssueFields Fields { get; init; } = new();
}

/// <summary>
/// The system fields Product Ops reads, typed; every other field (custom fields above all) stays in
/// <see cref="Other"/> as raw JSON, because which fields exist and what they hold differs per site.
/// </summary>
public sealed record JiraIssueFields
{
    public string? Summary { get; init; }

    /// <summary>A string in webhook payloads (v2 rendering), an ADF document in REST v3 answers.</summary>
    public JsonElement? Description { get; init; }

    public IReadOnlyList<string>? Labels { get; init; }
    public JiraStatus? Status { get; init; }
    public JiraProject? Project { get; init; }
    public JiraUser? Assignee { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Updated { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; init; } = [];
}

public sealed record JiraStatus(string Name, JiraStatusCategory? StatusCategory);

/// <summary>Category keys are "new", "indeterminate" and "done"; only the category is stable across workflows.</summary>
public sealed record JiraStatusCategory(string Key, string? Name);

public sealed record JiraProject(string Key, string? Id, string? Name);

public sealed record JiraUser(string? AccountId, string? DisplayName);

/// <summary>A field from <c>GET /rest/api/3/field</c>: names are what people configure, ids what the API needs.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get</remarks>
public sealed record JiraField(string Id, string Name, bool Custom, string? Key = null, JiraFieldSchema? Schema = null);

public sealed record JiraFieldSchema(string? Type, string? Custom);

/// <summary>Body of <c>PUT /rest/api/3/issue/{key}</c>: <c>fields</c> sets values, <c>update</c> applies operations.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put</remarks>
public sealed record JiraEditIssueRequest(
    IReadOnlyDictionary<string, JsonElement>? Fields = null,
    JiraIssueUpdate? Update = null);

public sealed record JiraIssueUpdate(IReadOnlyList<JiraLabelOperation>? Labels = null);

/// <summary>One <c>{"add": "x"}</c> or <c>{"remove": "x"}</c> operation: other labels are left as they are.</summary>
public sealed record JiraLabelOperation(string? Add = null, string? Remove = null)
{
    public static JiraLabelOperation Adding(string label) => new(Add: label);

    public static JiraLabelOperation Removing(string label) => new(Remove: label);
}

/// <summary>A page of <c>GET /rest/api/3/search/jql</c>; the last page has no <c>nextPageToken</c>.</summary>
/// <remarks>https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-get</remarks>
public sealed record JiraSearchPage(IReadOnlyList<JiraIssue> Issues, string? NextPageToken = null, bool? IsLast = null);

/// <summary>Jira's error body: <c>errorMessages</c> for the request, <c>errors</c> per field.</summary>
public sealed record JiraErrorCollection(
    IReadOnlyList<string>? ErrorMessages = null,
    IReadOnlyDictionary<string, string>? Errors = null);
