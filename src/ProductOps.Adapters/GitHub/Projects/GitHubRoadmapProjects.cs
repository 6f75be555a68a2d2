using System.Globalization;
using ProductOps.Roadmap;
using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>
/// Reads an organisation project for its roadmap (<c>roadmap.project</c>), page by page with the same query as
/// the project backfill (about 2 points a page of 50 items), over the rate-limited GraphQL client: when the
/// points run low the refresh is deferred. Archived items and pull requests are left out. A project these
/// credentials cannot see is a <see cref="RoadmapProjectUnreadableException"/>, reported as a configuration problem.
/// https://docs.github.com/graphql/reference/objects#projectv2
/// </summary>
public sealed class GitHubRoadmapProjects(GitHubClients clients) : IRoadmapProjects
{
    /// <summary>At most this many pages (5,000 items, about 200 points) per refresh; GitHub allows 50,000 items a project.</summary>
    public const int MaxPages = 100;

    public async Task<RoadmapProjectItems> ReadAsync(RoadmapProjectSource source, string? scope, CancellationToken ct)
    {
        var graphQl = clients.GraphQlFor(scope);
        var items = new List<WorkItem>();
        var values = new Dictionary<ItemKey, RoadmapGroupValue>();
        RoadmapGroupField? field = null;
        string id = "", title = "";
        string? after = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var project = await ReadPageAsync(graphQl, source, after, ct);
            (id, title) = (project.Id, project.Title ?? "");
            field ??= source.GroupBy is { } name ? Field(project, name) : null;
            foreach (var (node, item) in ProjectPages.Items(project, source.Owner))
            {
                items.Add(item);
                if (source.GroupBy is { } groupBy && GroupValue(node, groupBy) is { } value)
                {
                    values[item.Key] = value;
                }
            }
            if (ProjectPages.NextCursor(project) is not { } cursor)
            {
                break;
            }
            after = cursor;
        }
        return new RoadmapProjectItems(id, title, items, values, field);
    }

    private static async Task<ProjectNode> ReadPageAsync(GitHubGraphQl graphQl, RoadmapProjectSource source, string? after, CancellationToken ct)
    {
        try
        {
            return await ProjectPages.ReadNodeAsync(graphQl, source.Owner, source.Number, after, ct)
                ?? throw new RoadmapProjectUnreadableException(source, $"the organisation {source.Owner} has no project number {source.Number} that Product Ops can see");
        }
        catch (GitHubGraphQlException e) when (e.Refused)
        {
            throw new RoadmapProjectUnreadableException(source, e.Message);
        }
    }

    private static RoadmapGroupField? Field(ProjectNode project, string name) =>
        (project.Fields?.Nodes ?? []).OfType<FieldNode>()
            .Where(f => f.Name is not null && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(f => new RoadmapGroupField(f.Name!, ProjectCards.Kind(f.DataType), (f.Options ?? []).Select(o => o.Name).ToList()))
            .FirstOrDefault();

    /// <summary>The item's value in the group-by field, from the value node itself (an iteration's start and length are not in the card's text).</summary>
    private static RoadmapGroupValue? GroupValue(ProjectItemNode node, string fieldName)
    {
        var value = (node.FieldValues?.Nodes ?? []).OfType<FieldValueNode>()
            .FirstOrDefault(v => string.Equals(v.Field?.Name, fieldName, StringComparison.OrdinalIgnoreCase));
        return value?.TypeName switch
        {
            "ProjectV2ItemFieldIterationValue" when value.Title is { } iteration => new RoadmapGroupValue(iteration, Date(value.StartDate), value.Duration),
            "ProjectV2ItemFieldSingleSelectValue" when value.Name is { } option => new RoadmapGroupValue(option),
            "ProjectV2ItemFieldDateValue" when Date(value.Date) is { } date => new RoadmapGroupValue(value.Date!, date),
            "ProjectV2ItemFieldNumberValue" when value.Number is { } number => new RoadmapGroupValue(number.ToString("R", CultureInfo.InvariantCulture)),
            "ProjectV2ItemFieldTextValue" when value.Text is { Length: > 0 } text => new RoadmapGroupValue(text),
            _ => null,
        };
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
