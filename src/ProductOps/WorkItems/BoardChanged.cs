namespace ProductOps.WorkItems;

/// <summary>
/// An item left a planning board (a GitHub Projects item archived or deleted): nothing to score, but the
/// roadmaps built from the board (<c>roadmap.project</c>) list one item fewer. <paramref name="ProjectId"/> is the board's node id.
/// </summary>
public sealed record BoardChanged(string ProjectId, string Reason, string? Scope) : EventReading;
