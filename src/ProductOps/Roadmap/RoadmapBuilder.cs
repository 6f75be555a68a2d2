using System.Globalization;
using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>
/// Builds the roadmap from the board index, a pure function (docs/roadmap.md has the rule):
/// open items only; an item in an off-roadmap phase (live, retirement) is on no horizon; otherwise
/// it is Now when its phase or milestone is a Now one, else Next when its phase or milestone is a
/// Next one or its score reaches Next's minimum, else Later. Items sort by score (highest first,
/// unscored last), then by number.
/// </summary>
public static class RoadmapBuilder
{
    public const string PhaseLabelPrefix = "phase:";
    public const string NoPhase = "No phase";

    /// <summary>How far back "Recently shipped" looks.</summary>
    public static readonly TimeSpan ShippedWindow = TimeSpan.FromDays(90);

    /// <param name="project">For a project roadmap: items name their repository, and open items are grouped by its field.</param>
    public static RoadmapPage Build(IEnumerable<ItemRecord> records, RoadmapConfig config, string container, RoadmapOutcomes? outcomes = null, RoadmapProjectView? project = null)
    {
        var all = records as IReadOnlyCollection<ItemRecord> ?? records.ToList();
        Func<ItemRecord, RoadmapItem> itemOf = project is null ? ItemOf : project.ItemOf;
        var placed = new List<(ItemRecord, RoadmapItem)>();
        var page = BuildOpen(all, config, container, itemOf, placed);
        if (project?.Field is { } field)
        {
            page = page with { Grouping = RoadmapGroups.Build(field, placed, project) };
        }
        if (outcomes is null)
        {
            return page;
        }
        // The newest change the page shows (an item opened or closed, a phase entered, score inputs changed,
        // a KPI reading), never an event's own time: an event that changes nothing shown leaves the page as it was.
        var asOf = all.SelectMany(r => new[] { r.CreatedAt, r.ClosedAt, r.InputsChangedAt }.Concat(r.PhaseHistory.Select(p => (DateTimeOffset?)p.EnteredAt)))
            .Where(t => t is not null).Select(t => t!.Value)
            .Concat(outcomes.Kpis.Select(k => k.At)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var shipped = all
            .Where(r => Outcomes.OutcomeBoard.IsShipped(r, outcomes.Config) && Outcomes.OutcomeBoard.ShippedAt(r) is { } at && asOf - at <= ShippedWindow)
            .OrderByDescending(r => Outcomes.OutcomeBoard.ShippedAt(r))
            .Take(config.ChartItems)
            .Select(r => (itemOf(r), Outcomes.OutcomeBoard.ShippedAt(r)!.Value))
            .ToList();
        return page with
        {
            AsOf = asOf,
            Goals = Outcomes.OutcomeBoard.Summaries(all, outcomes.Config, outcomes.Kpis, outcomes.Failures),
            WithoutGoal = Outcomes.OutcomeBoard.WithoutGoal(all, outcomes.Config).Where(r => !IsOffRoadmap(r, config)).OrderBy(r => r, Comparer<ItemRecord>.Create(BestFirst)).Select(itemOf).ToList(),
            Shipped = shipped,
            Throughput = Outcomes.Throughput.Weekly(all, outcomes.Config, asOf),
        };
    }

    public static RoadmapItem ItemOf(ItemRecord record) =>
        new(record.Key.Id, record.Title, record.Url, record.Score?.Score, record.Priority, PhaseOf(record), record.GateStatus, record.Milestone)
        {
            ScoreModel = record.Score is { } score ? ScoreText.Model(score.Inputs)?.Name : null,
        };

    private static bool IsOffRoadmap(ItemRecord record, RoadmapConfig config) =>
        PhaseOf(record) is { } phase && Contains(config.OffRoadmapPhases, phase);

    private static RoadmapPage BuildOpen(IEnumerable<ItemRecord> records, RoadmapConfig config, string container, Func<ItemRecord, RoadmapItem> itemOf, List<(ItemRecord, RoadmapItem)> placed)
    {
        var open = records.Where(r => r.State == ItemState.Open).ToList();
        open.Sort(BestFirst);

        var now = new List<RoadmapItem>();
        var next = new List<RoadmapItem>();
        var later = new List<RoadmapItem>();
        var byPhase = new Dictionary<string, List<RoadmapItem>>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in open)
        {
            var phase = PhaseOf(record);
            var plain = itemOf(record);
            var offRoadmap = phase is not null && Contains(config.OffRoadmapPhases, phase);
            var item = plain with { Horizon = offRoadmap ? null : Matches(config.Now, plain) ? "Now" : Matches(config.Next, plain) ? "Next" : "Later" };
            placed.Add((record, item));
            var key = phase ?? NoPhase;
            if (!byPhase.TryGetValue(key, out var list))
            {
                byPhase[key] = list = [];
            }
            list.Add(item);

            (item.Horizon switch { "Now" => now, "Next" => next, "Later" => later, _ => null })?.Add(item);
        }

        return new RoadmapPage(
            config.Title,
            container,
            open.Count == 0 ? null : open.Max(r => r.TrackerUpdatedAt),
            [new("Now", now), new("Next", next), new("Later", later)],
            PhaseSections(config, byPhase),
            Chart(open, config.ChartItems),
            open.Count)
        {
            ChartUnits = open.FirstOrDefault(r => ValueEffort.Of(r.Score) is not null)?.Score is { } scored ? ChartUnits.Of(scored.Inputs) : ChartUnits.Points,
        };
    }

    /// <summary>The phase the gates recorded, else a <c>phase:&lt;name&gt;</c> label (so a board without gates still has phases).</summary>
    public static string? PhaseOf(ItemRecord record)
    {
        if (!string.IsNullOrWhiteSpace(record.Phase))
        {
            return record.Phase.Trim().ToLowerInvariant();
        }
        var label = record.Labels.FirstOrDefault(l => l.StartsWith(PhaseLabelPrefix, StringComparison.OrdinalIgnoreCase) && l.Length > PhaseLabelPrefix.Length);
        return label?[PhaseLabelPrefix.Length..].Trim().ToLowerInvariant();
    }

    private static bool Matches(HorizonRule rule, RoadmapItem item) =>
        (item.Phase is not null && Contains(rule.Phases, item.Phase)) ||
        (item.Milestone is not null && Contains(rule.Milestones, item.Milestone)) ||
        (rule.MinScore is { } min && item.Score >= min);

    private static bool Contains(IReadOnlyList<string> names, string name) =>
        names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Configured phases in their order (empty ones too, so counts show 0), then unknown phases by name, then items without a phase.</summary>
    private static IReadOnlyList<RoadmapPageSection> PhaseSections(RoadmapConfig config, Dictionary<string, List<RoadmapItem>> byPhase)
    {
        var sections = config.Phases.Select(p => new RoadmapPageSection(p, byPhase.GetValueOrDefault(p) ?? [])).ToList();
        sections.AddRange(byPhase
            .Where(p => p.Key != NoPhase && !Contains(config.Phases, p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new RoadmapPageSection(p.Key, p.Value)));
        if (byPhase.TryGetValue(NoPhase, out var none))
        {
            sections.Add(new RoadmapPageSection(NoPhase, none));
        }
        return sections;
    }

    private static IReadOnlyList<ChartPoint> Chart(List<ItemRecord> bestFirst, int max)
    {
        var plotted = bestFirst
            .Select(r => (Record: r, Point: ValueEffort.Of(r.Score)))
            .Where(p => p.Point is not null)
            .Take(max)
            .ToList();
        if (plotted.Count == 0)
        {
            return [];
        }

        // Scaled against round axis tops, so the quadrant split (0.5) is the same on every chart and in the table.
        var valueAxis = ChartAxis.For(plotted.Max(p => p.Point!.Value.Value));
        var effortAxis = ChartAxis.For(plotted.Max(p => p.Point!.Value.Effort));
        return plotted.Select(p => new ChartPoint(
            p.Record.Key.Id,
            p.Record.Title,
            effortAxis.Scale(p.Point!.Value.Effort),
            valueAxis.Scale(p.Point!.Value.Value))
        {
            ActualEffort = p.Point!.Value.Effort,
            ActualValue = p.Point!.Value.Value,
        }).ToList();
    }

    private static int BestFirst(ItemRecord a, ItemRecord b)
    {
        var byScore = (b.Score?.Score ?? double.NegativeInfinity).CompareTo(a.Score?.Score ?? double.NegativeInfinity);
        return byScore != 0 ? byScore : CompareIds(a.Key.Id, b.Key.Id);
    }

    /// <summary>GitHub numbers numerically; Jira keys (PROJ-9, PROJ-10) by project, then number.</summary>
    private static int CompareIds(string a, string b)
    {
        var (pa, na) = Split(a);
        var (pb, nb) = Split(b);
        var byPrefix = string.CompareOrdinal(pa, pb);
        return byPrefix != 0 ? byPrefix : na != nb ? na.CompareTo(nb) : string.CompareOrdinal(a, b);
    }

    private static (string Prefix, long Number) Split(string id)
    {
        var dash = id.LastIndexOf('-');
        var digits = dash >= 0 ? id[(dash + 1)..] : id;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (dash >= 0 ? id[..dash] : "", n) : (id, 0);
    }
}
