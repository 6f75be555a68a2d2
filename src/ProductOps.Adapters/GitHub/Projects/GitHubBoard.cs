using System.Globalization;
using System.Text.Json.Nodes;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>The board port over GitHub Projects (v2): one query to read an issue's card, one mutation per field write.</summary>
public sealed class GitHubBoard(GitHubGraphQl graphQl) : IBoardTracker
{
    public async Task<BoardCard?> ReadCardAsync(ItemKey item, BoardConfig board, CancellationToken ct)
    {
        if (!RepositoryId.TryParse(item.Container, out var repository) || !int.TryParse(item.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        var variables = new JsonObject { ["owner"] = repository.Owner, ["name"] = repository.Name, ["number"] = number };
        var data = await graphQl.SendAsync(ProjectQueries.IssueProjectItems, variables, ProjectJson.Default.IssueProjectItemsData, ct);
        var chosen = (data.Repository?.Issue?.ProjectItems?.Nodes ?? []).OfType<ProjectItemNode>()
            .Where(i => !i.IsArchived && i.Project is not null)
            .FirstOrDefault(i => board.Number is null || i.Project!.Number == board.Number);
        return chosen is null ? null : ProjectCards.ToCard(chosen, chosen.Project!);
    }

    public Task SetNumberAsync(BoardCard card, BoardField field, double? value, CancellationToken ct) =>
        value is { } number ? SetAsync(card, field, new JsonObject { ["number"] = number }, ct) : ClearAsync(card, field, ct);

    public Task SetOptionAsync(BoardCard card, BoardField field, BoardOption? option, CancellationToken ct) =>
        option is not null ? SetAsync(card, field, new JsonObject { ["singleSelectOptionId"] = option.Id }, ct) : ClearAsync(card, field, ct);

    private Task<MutationData> SetAsync(BoardCard card, BoardField field, JsonObject value, CancellationToken ct) =>
        graphQl.SendAsync(ProjectQueries.SetFieldValue,
            new JsonObject { ["project"] = card.ProjectId, ["item"] = card.ItemId, ["field"] = field.Id, ["value"] = value },
            ProjectJson.Default.MutationData, ct);

    private Task ClearAsync(BoardCard card, BoardField field, CancellationToken ct) =>
        card.Value(field.Name) is null
            ? Task.CompletedTask
            : graphQl.SendAsync(ProjectQueries.ClearFieldValue,
                new JsonObject { ["project"] = card.ProjectId, ["item"] = card.ItemId, ["field"] = field.Id },
                ProjectJson.Default.MutationData, ct);
}
