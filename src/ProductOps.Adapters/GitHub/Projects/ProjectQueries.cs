namespace ProductOps.GitHub.Projects;

/// <summary>
/// The GraphQL documents Product Ops sends for GitHub Projects (v2). Every query selects
/// <c>rateLimit { cost remaining resetAt }</c> so its point cost is known. Connections ask for no more
/// than they use: GitHub charges about one point per 100 connection nodes requested (minimum 1).
/// https://docs.github.com/graphql/reference/objects#projectv2item
/// </summary>
public static class ProjectQueries
{
    private const string RateLimit = "rateLimit { cost remaining resetAt }";

    private const string FieldRef = "field { ... on ProjectV2FieldCommon { id name dataType } }";

    /// <summary>A project's fields with their ids and single-select options: what a write needs.</summary>
    private const string ProjectFields =
        "fields(first: 50) { nodes { ... on ProjectV2FieldCommon { id name dataType } ... on ProjectV2SingleSelectField { options { id name } } } }";

    /// <summary>An item's content (issue or draft) and its field values, without the project's field list.</summary>
    private const string ItemBody =
        "id type isArchived " +
        "content { __typename " +
        "... on DraftIssue { id title body createdAt updatedAt } " +
        "... on Issue { id number title body url state createdAt updatedAt author { login } repository { nameWithOwner } " +
        "labels(first: 50) { nodes { name } } assignees(first: 20) { nodes { login } } milestone { title } comments { totalCount } } } " +
        "fieldValues(first: 50) { nodes { __typename " +
        "... on ProjectV2ItemFieldNumberValue { number " + FieldRef + " } " +
        "... on ProjectV2ItemFieldSingleSelectValue { name optionId " + FieldRef + " } " +
        "... on ProjectV2ItemFieldIterationValue { title startDate duration iterationId " + FieldRef + " } " +
        "... on ProjectV2ItemFieldDateValue { date " + FieldRef + " } " +
        "... on ProjectV2ItemFieldTextValue { text " + FieldRef + " } } }";

    private const string ItemWithProject = ItemBody + " project { id number title " + ProjectFields + " }";

    /// <summary>One project item by node id (a <c>projects_v2_item</c> payload carries only ids).</summary>
    public static readonly GraphQlOperation ProjectItem = new("ProjectItem",
        "query ProjectItem($id: ID!) { node(id: $id) { ... on ProjectV2Item { " + ItemWithProject + " } } " + RateLimit + " }");

    /// <summary>The project items of one issue, for an <c>issues</c> delivery.</summary>
    public static readonly GraphQlOperation IssueProjectItems = new("IssueProjectItems",
        "query IssueProjectItems($owner: String!, $name: String!, $number: Int!) { repository(owner: $owner, name: $name) { " +
        "issue(number: $number) { projectItems(first: 10) { nodes { " + ItemWithProject + " } } } } " + RateLimit + " }");

    /// <summary>One page of an organisation project's items, with the project's fields (backfill, roadmap).</summary>
    public static readonly GraphQlOperation ProjectItemsPage = new("ProjectItemsPage",
        "query ProjectItemsPage($owner: String!, $number: Int!, $after: String) { organization(login: $owner) { " +
        "projectV2(number: $number) { id number title " + ProjectFields + " " +
        "items(first: 50, after: $after) { pageInfo { hasNextPage endCursor } nodes { " + ItemBody + " } } } } " + RateLimit + " }");

    /// <summary>Sets one field of one item; <c>$value</c> is a ProjectV2FieldValue such as <c>{ number: 12.5 }</c> or <c>{ singleSelectOptionId: "..." }</c>.</summary>
    public static readonly GraphQlOperation SetFieldValue = new("SetFieldValue",
        "mutation SetFieldValue($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) { " +
        "updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) { projectV2Item { id } } }");

    /// <summary>Clears one field of one item (no score: never a fake 0).</summary>
    public static readonly GraphQlOperation ClearFieldValue = new("ClearFieldValue",
        "mutation ClearFieldValue($project: ID!, $item: ID!, $field: ID!) { " +
        "clearProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field }) { projectV2Item { id } } }");
}
