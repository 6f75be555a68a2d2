using ProductOps.WorkItems;

namespace ProductOps.Jira;

/// <param name="Labels">The label set changed (or the issue is new).</param>
/// <param name="Status">The status changed (or the issue is new).</param>
/// <param name="Fields">Names of the other fields that changed, by field NAME as in <see cref="WorkItem.Fields"/>.</param>
/// <param name="LabelsAdded">Labels in the new set and not in the old one.</param>
/// <param name="LabelsRemoved">Labels in the old set and not in the new one.</param>
/// <param name="Items">The changelog as Jira sent it.</param>
public sealed record JiraItemChanges(
    bool Labels,
    bool Status,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> LabelsAdded,
    IReadOnlyList<string> LabelsRemoved,
    IReadOnlyList<JiraChangeItem> Items)
{
    public static JiraItemChanges None { get; } = new(false, false, [], [], [], []);
}
