using System.Text.Json.Nodes;
using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>
/// Reads an organisation project page by page (<c>items(first: 50, after: cursor)</c>): issues from any
/// repository and drafts; pull requests and archived items are left out. About 2 points a page.
/// https://docs.github.com/graphql/guides/using-pagination-in-the-graphql-api
/// </summary>
public static class ProjectPages
{
    public static async Task<ProjectPage> ReadAsync(GitHubGraphQl graphQl, string owner, int number, string? after, CancellationToken ct)
    {
        var variables = new JsonObject { ["owner"] = owner, ["number"] = number, ["after"] = after };
        var data = await graphQl.SendAsync(ProjectQueries.ProjectItemsPage, variables, ProjectJson.Default.ProjectItemsPageData, ct);
        if (data.Organization?.ProjectV2 is not { } project)
        {
            throw new GitHubGraphQlException(ProjectQueries.ProjectItemsPage.Name,
                $"the organisation {owner} has no project number {number} that these credentials can see (docs/projects.md: permissions)");
        }
        var items = new List<WorkItem>();
        foreach (var node in (project.Items?.Nodes ?? []).OfType<ProjectItemNode>().Where(n => !n.IsArchived))
        {
            var card = ProjectCards.ToCard(node, project);
            if ((ProjectCards.ToIssue(node, card) ?? ProjectCards.ToDraft(node, card, owner)) is { } item)
            {
                items.Add(item);
            }
        }
        var next = project.Items?.PageInfo is { HasNextPage: true, EndCursor: { } cursor } ? cursor : null;
        return new ProjectPage(project.Title ?? "", items, next);
    }
}
