using ProductOps.Templates;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>
/// Renders a roadmap page as Markdown (for a file, an issue body or a Jira description) or as a
/// self-contained HTML page. Markdown that would exceed GitHub's 65,536-character body limit lists
/// fewer items per section ("…and N more") until it fits; Jira's description limit is passed in the same way.
/// https://docs.github.com/rest/issues/issues#update-an-issue (body limit)
/// </summary>
public static class RoadmapRenderer
{
    /// <summary>GitHub's body limit, less room for the hidden marker line of an issue body.</summary>
    public const int MaxMarkdownLength = 65_536 - 200;

    /// <summary>Jira's description limit (32,767 characters), with the same margin.</summary>
    public const int MaxJiraMarkdownLength = 32_767 - 200;
    private const int MaxAttempts = 6;

    /// <summary>With the default template, or <paramref name="template"/> (which then must not fail: a preview, a test).</summary>
    public static string Markdown(RoadmapPage page, SandboxedTemplate? template = null, int maxLength = MaxMarkdownLength, CancellationToken ct = default) =>
        Markdown(page, model => (template ?? BuiltInTemplates.Get(TemplateFiles.RoadmapMarkdown)).RenderOrThrow(model(), ct), maxLength);

    /// <param name="render">Renders a model made by the factory it is given (a repository's template with its limits and fallback).</param>
    public static string Markdown(RoadmapPage page, Func<Func<ScriptObject>, string> render, int maxLength = MaxMarkdownLength)
    {
        var format = RoadmapFormat.Markdown;
        var items = format.Items(page);
        var cap = InitialCap(page, AverageRowLength(page), maxLength);
        for (var attempt = 1; ; attempt++)
        {
            var listed = cap;
            var text = render(() => format.Model(page, items, listed));
            if (text.Length <= maxLength)
            {
                return text;
            }
            if (attempt == MaxAttempts || cap == 0)
            {
                // A template whose fixed text alone is too long: cut it rather than fail the target.
                return text[..(maxLength - 60)] + "\n\n…(cut to fit the size limit)\n";
            }
            var longest = Math.Min(cap, page.Horizons.Concat(page.Phases).Max(s => s.Items.Count));
            cap = Math.Max(0, Math.Min(longest - 1, (int)(longest * (double)maxLength / text.Length * 0.9)));
        }
    }

    public static string Html(RoadmapPage page, CancellationToken ct = default)
    {
        var format = RoadmapFormat.Html;
        var items = format.Items(page);
        return BuiltInTemplates.Get(TemplateFiles.RoadmapHtml).RenderOrThrow(format.Model(page, items, int.MaxValue, RoadmapSvg.Render(page.Chart, page.ChartUnits)), ct);
    }

    /// <summary>A row's rough Markdown length from the raw text (escaping adds a little; the loop corrects any miss).</summary>
    private static double AverageRowLength(RoadmapPage page)
    {
        var sample = page.Phases.SelectMany(p => p.Items).Take(500).ToList();
        return sample.Count == 0 ? 0 : 60 + sample.Average(i => i.Title.Length * 1.1 + i.Url.Length * 2 + (i.Priority?.Length ?? 0) + 16);
    }

    /// <summary>The largest per-section cap whose estimated rows fit the budget, so a 10,000-item board renders about once.</summary>
    private static int InitialCap(RoadmapPage page, double rowLength, int maxLength)
    {
        var counts = page.Horizons.Concat(page.Phases).Select(s => s.Items.Count).ToList();
        var budget = maxLength * 0.85 - 2000;
        if (counts.Sum() * rowLength <= budget)
        {
            return int.MaxValue;
        }
        int low = 0, high = counts.Max();
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (counts.Sum(c => Math.Min(c, mid)) * rowLength <= budget)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low;
    }
}
