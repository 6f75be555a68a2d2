using ProductOps.WorkItems;

namespace ProductOps.Outcomes;

/// <summary>
/// Which goal an item serves: its <c>goal:&lt;id&gt;</c> label first, else its goal field (issue-form
/// section or Jira field, by id or title). Null when it names none, or names a goal that is not declared.
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

        var field = item.Fields.FirstOrDefault(f => string.Equals(f.Key, config.Field, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        if (string.IsNullOrEmpty(field))
        {
            return null;
        }
        var goal = config.Find(field) ?? config.Goals.FirstOrDefault(g => string.Equals(g.Title, field, StringComparison.OrdinalIgnoreCase));
        return goal?.Id;
    }
}
