namespace ProductOps.Roadmap;

/// <summary>Where one open item sat on a version of the roadmap: its horizon (null when on none, such as live) and phase.</summary>
public sealed record Placement(string? Horizon, string? Phase, string Title);
