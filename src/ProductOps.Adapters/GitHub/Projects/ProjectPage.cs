using ProductOps.WorkItems;

namespace ProductOps.GitHub.Projects;

/// <summary>One page of a project's items as work items carrying their cards, and the cursor of the next page (null after the last).</summary>
public sealed record ProjectPage(string ProjectTitle, IReadOnlyList<WorkItem> Items, string? Next);
