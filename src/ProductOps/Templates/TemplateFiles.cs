namespace ProductOps.Templates;

/// <summary>
/// Where templates live: the defaults in <c>templates/&lt;name&gt;.scriban</c> (embedded in the app), a repository's
/// own in <c>.github/product-ops/templates/&lt;name&gt;.scriban</c> (docs/roadmap.md, docs/updates.md).
/// </summary>
public static class TemplateFiles
{
    /// <summary>A template's size limit: the contents API read stops here and a longer text is refused.</summary>
    public const int MaxLength = 32 * 1024;

    public const string RoadmapMarkdown = "roadmap.md";
    public const string RoadmapHtml = "roadmap.html";

    public static string OverridePath(string name) => $".github/product-ops/templates/{name}.scriban";

    public static string DefaultPath(string name) => $"templates/{name}.scriban";
}
