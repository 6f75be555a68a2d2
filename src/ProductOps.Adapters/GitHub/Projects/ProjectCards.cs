using System.Globalization;
using ProductOps.Events;
using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>Translates GraphQL project items into the provider-neutral card and work item.</summary>
public static class ProjectCards
{
    /// <summary>The item's card; <paramref name="project"/> is the item's own project or, on a page, the page's.</summary>
    public static BoardCard ToCard(ProjectItemNode item, ProjectNode project)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in (item.FieldValues?.Nodes ?? []).OfType<FieldValueNode>())
        {
            if (value.Field?.Name is { } name && Text(value) is { Length: > 0 } text)
            {
                values[name] = text;
            }
        }
        var fields = (project.Fields?.Nodes ?? []).OfType<FieldNode>()
            .Where(f => f.Id is not null && f.Name is not null)
            .Select(f => new BoardField(f.Id!, f.Name!, Kind(f.DataType), (f.Options ?? []).Select(o => new BoardOption(o.Id, o.Name)).ToList()))
            .ToList();
        return new BoardCard(project.Id, item.Id, project.Number, project.Title ?? "", values, fields);
    }

    /// <summary>A value as text: numbers invariant ("12.5"), an option's or iteration's name, a date as yyyy-MM-dd.</summary>
    private static string? Text(FieldValueNode value) => value.TypeName switch
    {
        "ProjectV2ItemFieldNumberValue" => value.Number?.ToString("R", CultureInfo.InvariantCulture),
        "ProjectV2ItemFieldSingleSelectValue" => value.Name,
        "ProjectV2ItemFieldIterationValue" => value.Title,
        "ProjectV2ItemFieldDateValue" => value.Date,
        "ProjectV2ItemFieldTextValue" => value.Text,
        _ => null,
    };

    internal static BoardFieldKind Kind(string? dataType) => dataType switch
    {
        "NUMBER" => BoardFieldKind.Number,
        "SINGLE_SELECT" => BoardFieldKind.SingleSelect,
        "ITERATION" => BoardFieldKind.Iteration,
        "DATE" => BoardFieldKind.Date,
        "TEXT" => BoardFieldKind.Text,
        _ => BoardFieldKind.Other,
    };

    /// <summary>The issue behind a project item, as a work item carrying its card; null for drafts and pull requests.</summary>
    public static WorkItem? ToIssue(ProjectItemNode item, BoardCard card)
    {
        if (item.Content is not { TypeName: "Issue", Repository.NameWithOwner: { } repository, Number: { } number } issue)
        {
            return null;
        }
        return new WorkItem
        {
            Key = new ItemKey(Providers.GitHub, repository, number.ToString(CultureInfo.InvariantCulture)),
            Title = issue.Title ?? "",
            Body = issue.Body ?? "",
            Url = issue.Url ?? "",
            State = issue.State == "CLOSED" ? ItemState.Closed : ItemState.Open,
            Labels = (issue.Labels?.Nodes ?? []).OfType<NameNode>().Select(l => l.Name).ToList(),
            Fields = IssueFormParser.Parse(issue.Body),
            Board = card,
            Milestone = issue.Milestone?.Title,
            Assignees = (issue.Assignees?.Nodes ?? []).OfType<LoginNode>().Select(a => a.Login).ToList(),
            CreatedAt = issue.CreatedAt ?? default,
            UpdatedAt = issue.UpdatedAt ?? default,
            CommentCount = issue.Comments?.TotalCount ?? 0,
            Author = issue.Author?.Login,
        };
    }

    /// <summary>
    /// A draft as a work item: keyed by its project item id under the owner's <c>.github</c> repository,
    /// whose configuration (the organisation defaults) scores it.
    /// </summary>
    public static WorkItem? ToDraft(ProjectItemNode item, BoardCard card, string owner)
    {
        if (item.Content is not { TypeName: "DraftIssue" } draft)
        {
            return null;
        }
        return new WorkItem
        {
            Key = new ItemKey(Providers.GitHub, owner + "/.github", "draft-" + item.Id),
            Title = draft.Title ?? "",
            Body = draft.Body ?? "",
            Url = "",
            Board = card with { IsDraft = true },
            CreatedAt = draft.CreatedAt ?? default,
            UpdatedAt = draft.UpdatedAt ?? default,
        };
    }
}
