namespace ProductOps.Outcomes;

/// <summary>Whether a KPI gets better as it rises (activation rate) or as it falls (time to first value).</summary>
public enum KpiDirection { Up, Down }

/// <summary>The measure that tells whether a goal is being met: "Week-1 activation", in "%", up is better.</summary>
public sealed record Kpi(string Name, string Unit, KpiDirection Direction)
{
    /// <summary>Where the KPI is read on a schedule (docs/outcomes.md), or null when readings come from <c>/kpi</c> only.</summary>
    public KpiSource? Source { get; init; }
}

/// <summary>An HTTPS JSON endpoint and the JSON pointer (RFC 6901) of the KPI's number in its answer.</summary>
public sealed record KpiSource(Uri Url, string Pointer)
{
    /// <summary>An absolute https address; plain http only for a loopback host (a local test endpoint), never across a network.</summary>
    public static Uri? Allowed(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && string.IsNullOrEmpty(uri.UserInfo) ? uri : null;
}

/// <summary>
/// An outcome the team works towards (docs/outcomes.md): why roadmap items exist. The KPI starts at
/// <see cref="Baseline"/> and should reach <see cref="Target"/> by <see cref="TargetDate"/>.
/// </summary>
public sealed record Goal(string Id, string Title, Kpi Kpi, double Baseline, double Target, DateOnly TargetDate)
{
    /// <summary>True when <paramref name="value"/> has reached the target in the KPI's good direction.</summary>
    public bool IsMet(double value) => Kpi.Direction == KpiDirection.Up ? value >= Target : value <= Target;
}

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
