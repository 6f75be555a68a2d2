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
        var project = await ReadNodeAsync(graphQl, owner, number, after, ct)
            ?? throw new GitHubGraphQlException(ProjectQueries.ProjectItemsPage.Name,
                $"the organisation {owner} has no project number {number} that these credentials can see (docs/projects.md: permissions)");
        return new ProjectPage(project.Title ?? "", Items(project, owner).Select(i => i.Item).ToList(), NextCursor(project));
    }

    /// <summary>One page as GraphQL answers it, or null when the organisation has no such project these credentials can see.</summary>
    public static async Task<ProjectNode?> ReadNodeAsync(GitHubGraphQl graphQl, string owner, int number, string? after, CancellationToken ct)
    {
        var variables = new JsonObject { ["owner"] = owner, ["number"] = number, ["after"] = after };
        var data = await graphQl.SendAsync(ProjectQueries.ProjectItemsPage, variables, ProjectJson.Default.ProjectItemsPageData, ct);
        return data.Organization?.ProjectV2;
    }

    /// <summary>The page's issues and drafts, each with the node it came from.</summary>
    public static IEnumerable<(ProjectItemNode Node, WorkItem Item)> Items(ProjectNode project, string owner)
    {
        foreach (var node in (project.Items?.Nodes ?? []).OfType<ProjectItemNode>().Where(n => !n.IsArchived))
        {
            var card = ProjectCards.ToCard(node, project);
            if ((ProjectCards.ToIssue(node, card) ?? ProjectCards.ToDraft(node, card, owner)) is { } item)
            {
                yield return (node, item);
            }
        }
    }

    /// <summary>The cursor of the next page, or null on the last.</summary>
    public static string? NextCursor(ProjectNode project) =>
        project.Items?.PageInfo is { HasNextPage: true, EndCursor: { } cursor } ? cursor : null;
}
