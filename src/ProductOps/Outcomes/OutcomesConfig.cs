namespace ProductOps.Outcomes;

/// <summary>The <c>goals:</c> and <c>outcomes:</c> sections: the goals, how items name theirs, when to ask for a measured outcome.</summary>
public sealed record OutcomesConfig
{
    public static OutcomesConfig Defaults { get; } = new();

    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>An item is linked to goal <c>activation</c> by the label <c>goal:activation</c>.</summary>
    public string LabelPrefix { get; init; } = "goal:";

    /// <summary>The issue-form section or Jira field that names the goal.</summary>
    public string Field { get; init; } = "Goal";

    /// <summary>Days after an item enters the live phase before one comment asks for its measured outcome; 0 never asks.</summary>
    public int AskAfterLiveDays { get; init; } = 14;

    /// <summary>The phase whose entry starts the count (the Service Manual's "live").</summary>
    public string LivePhase { get; init; } = "live";

    public Goal? Find(string id) => Goals.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
}
