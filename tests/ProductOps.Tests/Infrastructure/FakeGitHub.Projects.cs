using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Organisation projects (v2) as GitHub's GraphQL API shows them: projects with number, single-select,
/// iteration and date fields, items holding an issue of the fake's issue store or a draft, and each
/// item's field values. <see cref="FakeGitHub.GraphQl"/> answers the queries and mutations.
/// https://docs.github.com/graphql/reference/objects#projectv2
/// </summary>
public sealed partial class FakeGitHub
{
    private readonly ConcurrentDictionary<string, FakeProject> projects = new();
    private readonly ConcurrentDictionary<string, FakeProjectItem> projectItems = new();
    private int nextProjectItem = 100;

    /// <summary>A project; fields are (name, dataType, options) such as ("Impact", "SINGLE_SELECT", ["Low", "High"]).</summary>
    public FakeProject AddProject(string owner, int number, string title, params (string Name, string DataType, string[] Options)[] fields)
    {
        var id = $"PVT_{owner}_{number}";
        var project = new FakeProject(id, owner, number, title, fields.Select((f, i) => new FakeProjectField(
            $"PVTF_{number}_{i}", f.Name, f.DataType, f.Options.Select((o, j) => new FakeOption($"opt{i}{j}", o)).ToList())).ToList());
        projects[id] = project;
        return project;
    }

    /// <summary>Adds an issue of the fake's issue store (see <see cref="AddIssue"/>) to a project, with field values by name.</summary>
    public string AddIssueItem(FakeProject project, string repo, int number, IDictionary<string, object>? values = null, string? itemId = null) =>
        AddItem(new FakeProjectItem(itemId ?? $"PVTI_{Interlocked.Increment(ref nextProjectItem)}", project.Id, repo, number, null), values);

    public string AddDraftItem(FakeProject project, string title, IDictionary<string, object>? values = null, string? itemId = null) =>
        AddItem(new FakeProjectItem(itemId ?? $"PVTI_{Interlocked.Increment(ref nextProjectItem)}", project.Id, null, 0, title), values);

    /// <summary>Sets a value as a person on the board would: a number, an option name, an iteration title or a date text; null clears it.</summary>
    public void SetProjectValue(string itemId, string fieldName, object? value)
    {
        var item = projectItems[itemId];
        var field = projects[item.ProjectId].Field(fieldName);
        if (value is null)
        {
            item.Values.TryRemove(field.Id, out _);
            return;
        }
        item.Values[field.Id] = field.DataType == "SINGLE_SELECT" ? field.Options.Single(o => o.Name == (string)value).Id : value;
    }

    /// <summary>The value an item shows in a field: a number, an option's name, or text; null when empty.</summary>
    public object? ProjectValue(string itemId, string fieldName)
    {
        var item = projectItems[itemId];
        var field = projects[item.ProjectId].Field(fieldName);
        if (!item.Values.TryGetValue(field.Id, out var value))
        {
            return null;
        }
        return field.DataType == "SINGLE_SELECT" ? field.Options.Single(o => o.Id == (string)value).Name : value;
    }

    private string AddItem(FakeProjectItem item, IDictionary<string, object>? values)
    {
        projectItems[item.Id] = item;
        foreach (var (name, value) in values ?? new Dictionary<string, object>())
        {
            SetProjectValue(item.Id, name, value);
        }
        return item.Id;
    }

    private JsonObject ProjectJson(FakeProject project) => new()
    {
        ["id"] = project.Id,
        ["number"] = project.Number,
        ["title"] = project.Title,
        ["fields"] = new JsonObject
        {
            ["nodes"] = new JsonArray(project.Fields.Select(f => (JsonNode)f.ToJson(withOptions: true)).ToArray()),
        },
    };

    private JsonObject ItemJson(FakeProjectItem item, bool withProject)
    {
        var project = projects[item.ProjectId];
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["type"] = item.Repo is null ? "DRAFT_ISSUE" : "ISSUE",
            ["isArchived"] = false,
            ["content"] = item.Repo is null ? DraftJson(item) : IssueContentJson(item.Repo, item.Number),
            ["fieldValues"] = new JsonObject
            {
                ["nodes"] = new JsonArray(item.Values.Select(v => (JsonNode)ValueJson(project.Fields.Single(f => f.Id == v.Key), v.Value)).ToArray()),
            },
        };
        if (withProject)
        {
            json["project"] = ProjectJson(project);
        }
        return json;
    }

    private static JsonObject DraftJson(FakeProjectItem item) => new()
    {
        ["__typename"] = "DraftIssue",
        ["id"] = "DI_" + item.Id,
        ["title"] = item.DraftTitle,
        ["body"] = "",
        ["createdAt"] = "2026-11-20T10:00:00Z",
        ["updatedAt"] = "2026-11-20T10:00:00Z",
    };

    private JsonObject IssueContentJson(string repo, int number)
    {
        var issue = Issue(repo, number) ?? throw new InvalidOperationException($"Add issue {repo}#{number} to the fake first.");
        return new JsonObject
        {
            ["__typename"] = "Issue",
            ["id"] = (string)issue["node_id"]!,
            ["number"] = number,
            ["title"] = (string)issue["title"]!,
            ["body"] = (string?)issue["body"],
            ["url"] = (string)issue["html_url"]!,
            ["state"] = ((string)issue["state"]!).ToUpperInvariant(),
            ["createdAt"] = (string)issue["created_at"]!,
            ["updatedAt"] = (string)issue["updated_at"]!,
            ["author"] = new JsonObject { ["login"] = (string)issue["user"]!["login"]! },
            ["repository"] = new JsonObject { ["nameWithOwner"] = repo },
            ["labels"] = new JsonObject { ["nodes"] = new JsonArray(issue["labels"]!.AsArray().Select(l => (JsonNode)new JsonObject { ["name"] = (string)l!["name"]! }).ToArray()) },
            ["assignees"] = new JsonObject { ["nodes"] = new JsonArray() },
            ["milestone"] = null,
            ["comments"] = new JsonObject { ["totalCount"] = (int)issue["comments"]! },
        };
    }

    /// <summary>A field value node: its __typename and value properties, as the ProjectV2ItemField*Value types name them.</summary>
    private static JsonObject ValueJson(FakeProjectField field, object value)
    {
        var json = field.DataType switch
        {
            "NUMBER" => new JsonObject { ["__typename"] = "ProjectV2ItemFieldNumberValue", ["number"] = Convert.ToDouble(value, CultureInfo.InvariantCulture) },
            "SINGLE_SELECT" => new JsonObject { ["__typename"] = "ProjectV2ItemFieldSingleSelectValue", ["name"] = field.Options.Single(o => o.Id == (string)value).Name, ["optionId"] = (string)value },
            "ITERATION" => new JsonObject
            {
                ["__typename"] = "ProjectV2ItemFieldIterationValue",
                ["title"] = (string)value,
                ["startDate"] = field.Iterations.TryGetValue((string)value, out var iteration) ? iteration.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "2026-07-01",
                ["duration"] = field.Iterations.TryGetValue((string)value, out var span) ? span.Days : 14,
                ["iterationId"] = "it_" + value,
            },
            "DATE" => new JsonObject { ["__typename"] = "ProjectV2ItemFieldDateValue", ["date"] = (string)value },
            _ => new JsonObject { ["__typename"] = "ProjectV2ItemFieldTextValue", ["text"] = value.ToString() },
        };
        json["field"] = field.ToJson(withOptions: false);
        return json;
    }
}

public sealed record FakeProject(string Id, string Owner, int Number, string Title, IReadOnlyList<FakeProjectField> Fields)
{
    public FakeProjectField Field(string name) => Fields.Single(f => f.Name == name);
}

public sealed record FakeProjectField(string Id, string Name, string DataType, IReadOnlyList<FakeOption> Options)
{
    /// <summary>An iteration field's iterations by title: start date and length in days (others start 2026-07-01, 14 days).</summary>
    public ConcurrentDictionary<string, (DateOnly Start, int Days)> Iterations { get; } = new();

    public JsonObject ToJson(bool withOptions)
    {
        var json = new JsonObject { ["id"] = Id, ["name"] = Name, ["dataType"] = DataType };
        if (withOptions && DataType == "SINGLE_SELECT")
        {
            json["options"] = new JsonArray(Options.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = o.Name }).ToArray());
        }
        return json;
    }
}

public sealed record FakeOption(string Id, string Name);

/// <summary>An item: an issue (<paramref name="Repo"/>, <paramref name="Number"/>) or a draft; values by field id (an option id for single selects).</summary>
public sealed record FakeProjectItem(string Id, string ProjectId, string? Repo, int Number, string? DraftTitle)
{
    public ConcurrentDictionary<string, object> Values { get; } = new();
}
