namespace ProductOps.Roadmap;

/// <summary>A Markdown file committed to <paramref name="Branch"/> (null: the default branch) through the contents API.</summary>
public sealed record RoadmapFileTarget(string Path, string? Branch, string Message);
