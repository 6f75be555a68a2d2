using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// Which goal an item serves: its <c>goal:&lt;id&gt;</c> label first, else its goal field (a GitHub Projects
/// field on its card, else an issue-form section or Jira field; by id or title). Null when it names none, or names a goal that is not declared.
/// </summary>
public static class GoalLink
{
    public static string? For(WorkItem item, OutcomesConfig config)
    {
        if (config.Goals.Count == 0)
        {
            return null;
        }
        foreach (var label in item.Labels)
        {
            if (label.StartsWith(config.LabelPrefix, StringComparison.OrdinalIgnoreCase) &&
                config.Find(label[config.LabelPrefix.Length..].Trim()) is { } byLabel)
            {
                return byLabel.Id;
            }
        }

        // The board card's field first, as scoring reads a project field before an issue-form section: the card is kept current.
        var field = item.Board?.Value(config.Field)?.Trim() is { Length: > 0 } onCard ? onCard
            : item.Fields.FirstOrDefault(f => string.Equals(f.Key, config.Field, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        if (string.IsNullOrEmpty(field))
        {
            return null;
        }
        var goal = config.Find(field) ?? config.Goals.FirstOrDefault(g => string.Equals(g.Title, field, StringComparison.OrdinalIgnoreCase));
        return goal?.Id;
    }
}
