using System.Globalization;
using ProductOps.Scoring;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>
/// Turns a <see cref="RoadmapPage"/> into the template model for one output format. Every string in
/// the model is already safe for that format, so a template (default or a repository's own) only
/// places values; it never has to remember to escape them.
/// </summary>
public sealed partial class RoadmapFormat
{
    private readonly Func<string?, string> escape;
    private readonly Func<RoadmapItem, string> link;

    private RoadmapFormat(string name, Func<string?, string> escape, Func<RoadmapItem, string> link)
    {
        Name = name;
        this.escape = escape;
        this.link = link;
    }

    public string Name { get; }

    public static RoadmapFormat Markdown { get; } = new("md", RoadmapText.Markdown, item =>
        item.IsDraft ? "Draft" : RoadmapText.Url(item.Url) is { Length: > 0 } url ? $"[{ItemName(item, RoadmapText.Markdown)}]({url})" : ItemName(item, RoadmapText.Markdown));

    public static RoadmapFormat Html { get; } = new("html", RoadmapText.Html, item =>
        item.IsDraft ? "Draft" : RoadmapText.Url(item.Url) is { Length: > 0 } url ? $"<a href=\"{RoadmapText.Html(url)}\">{ItemName(item, RoadmapText.Html)}</a>" : ItemName(item, RoadmapText.Html));

    /// <summary>
    /// GitHub's "#12" (or "owner/repo#12" on a roadmap of several repositories), Jira's key as it is ("PROJ-12"):
    /// each tracker's own way of naming an item.
    /// </summary>
    private static string ItemName(RoadmapItem item, Func<string?, string> escape) =>
        item.Repository is not null ? escape(item.Id) : RoadmapText.Id(item.Id) is var id && id.All(char.IsAsciiDigit) ? "#" + id : id;

    /// <summary>The escaped items, made on first use (only listed items cost anything) and shared by every section that lists them.</summary>
    public Dictionary<RoadmapItem, ScriptObject> Items(RoadmapPage page) => new(ReferenceEqualityComparer.Instance);

    private ScriptObject Item(Dictionary<RoadmapItem, ScriptObject> items, RoadmapItem item)
    {
        if (!items.TryGetValue(item, out var model))
        {
            items[item] = model = new ScriptObject(18)
            {
                ["id"] = RoadmapText.Id(item.Id),
                ["link"] = link(item),
                ["url"] = escape(RoadmapText.Url(item.Url)),
                ["title"] = escape(item.Title),
                ["score"] = item.Score is { } score ? Numbers.Format(score) : "",
                ["score_label"] = item.Score is { } labelled ? escape(ScoreText.Score(labelled, item.ScoreModel)) : "",
                ["priority"] = escape(item.Priority),
                ["priority_word"] = escape(ScoreText.Priority(item.Priority)),
                ["phase"] = escape(item.Phase is null ? "" : RoadmapText.Display(item.Phase)),
                ["gate"] = escape(item.GateStatus),
                // A class name from a fixed set only, never from the row's text.
                ["gate_class"] = item.GateStatus is "passed" or "failed" or "conditional" ? "gate gate-" + item.GateStatus : "gate",
                ["milestone"] = escape(item.Milestone),
                ["horizon"] = item.Horizon ?? "",
                ["draft"] = item.IsDraft,
            };
        }
        return model;
    }

    /// <summary>The model, listing at most <paramref name="cap"/> items per section ("and N more" for the rest).</summary>
    public ScriptObject Model(RoadmapPage page, Dictionary<RoadmapItem, ScriptObject> items, int cap, string? chartSvg = null)
    {
        var model = new ScriptObject
        {
            ["title"] = escape(page.Title),
            ["container"] = escape(page.Container),
            ["updated_at"] = page.UpdatedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "",
            ["open_items"] = page.OpenItems,
            ["horizons"] = Sections(page.Horizons, items, cap),
            ["phases"] = Sections(page.Phases, items, cap),
            ["chart"] = new ScriptArray(page.Chart.Select(p => new ScriptObject
            {
                ["label"] = ChartLabel(p.Id),
                ["id"] = RoadmapText.Id(p.Id),
                ["name"] = RoadmapSvg.ItemName(RoadmapText.Id(p.Id)),
                ["title"] = escape(p.Title),
                ["short"] = escape(ChartLabels.Short(p.Title)),
                ["x"] = p.Effort.ToString("0.###", CultureInfo.InvariantCulture),
                ["y"] = p.Value.ToString("0.###", CultureInfo.InvariantCulture),
                ["value"] = Outcomes.Figures.Number(p.ActualValue),
                ["effort"] = Outcomes.Figures.Number(p.ActualEffort),
                ["quadrant"] = p.Quadrant,
            })),
            ["chart_value_unit"] = escape(page.ChartUnits.Value),
            ["chart_effort_unit"] = escape(page.ChartUnits.Effort),
            ["chart_svg"] = chartSvg ?? "",
        };
        AddGroups(model, page, items, cap);
        AddOutcomes(model, page, items);
        AddChanges(model, page, items);
        return model;
    }

    /// <summary>Mermaid point names: plain words only ("Issue 42", "PROJ-7"), never user text.</summary>
    private static string ChartLabel(string id)
    {
        var safe = RoadmapText.Id(id);
        return safe.All(char.IsAsciiDigit) ? "Issue " + safe : safe;
    }

    private ScriptArray Sections(IReadOnlyList<RoadmapPageSection> sections, Dictionary<RoadmapItem, ScriptObject> items, int cap)
    {
        var array = new ScriptArray(sections.Count);
        foreach (var section in sections)
        {
            var shown = Math.Min(cap, section.Items.Count);
            var list = new ScriptArray(shown);
            for (var i = 0; i < shown; i++)
            {
                list.Add(Item(items, section.Items[i]));
            }
            array.Add(new ScriptObject
            {
                ["name"] = escape(RoadmapText.Display(section.Name)),
                ["anchor"] = RoadmapText.Id(section.Name.Replace(' ', '-').ToLowerInvariant()),
                ["count"] = section.Items.Count,
                ["items"] = list,
                ["more"] = section.Items.Count - shown,
            });
        }
        return array;
    }
}
