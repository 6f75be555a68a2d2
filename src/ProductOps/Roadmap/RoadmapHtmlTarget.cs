namespace ProductOps.Roadmap;

/// <summary>A static HTML page in the storage account's <c>$web</c> container; null path means <c>&lt;owner&gt;/&lt;repo&gt;/roadmap.html</c>.</summary>
public sealed record RoadmapHtmlTarget(string? Path);
