namespace ProductOps.Roadmap;

/// <summary>An issue whose body is the roadmap, found by its hidden marker among open issues labelled <paramref name="Label"/>, created once if missing.</summary>
public sealed record RoadmapIssueTarget(string Title, string Label);
