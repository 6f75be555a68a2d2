using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// A repository's own Markdown template, parsed once per distinct text. A template with errors is
/// never rendered: its errors (line, column) are logged once and the default template is used.
/// </summary>
public sealed partial class RoadmapTemplateCache(ILogger<RoadmapTemplateCache> logger)
{
    public const string OverridePath = ".github/product-ops/templates/roadmap.md.scriban";
    private readonly ConcurrentDictionary<string, TemplateParseResult> parsed = new();

    public async Task<RoadmapTemplate> GetAsync(IRoadmapPublisher publisher, string container, CancellationToken ct)
    {
        var text = await publisher.ReadTemplateAsync(ct);
        if (text is null)
        {
            return RoadmapTemplate.DefaultMarkdown;
        }

        var key = Hashing.Sha256Hex(text);
        if (parsed.TryGetValue(key, out var known))
        {
            return known.Template ?? RoadmapTemplate.DefaultMarkdown;
        }
        if (parsed.Count > 500)
        {
            parsed.Clear();
        }
        var result = parsed.GetOrAdd(key, _ => RoadmapTemplate.Parse(text, $"{container}:{OverridePath}"));
        if (result.Template is null)
        {
            LogInvalid(container, string.Join("\n", result.Errors));
        }
        return result.Template ?? RoadmapTemplate.DefaultMarkdown;
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "The roadmap template of {Container} has errors; the default template is used until it is fixed:\n{Errors}")]
    private partial void LogInvalid(string container, string errors);
}
