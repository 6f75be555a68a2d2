using System.Text.Json;
using ProductOps.Configuration;
using ProductOps.Outcomes;
using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// A realistic board in Fixtures/outcomes: 30 board-index rows across 3 goals and every phase, KPI history
/// for each goal, and the goals config. Golden files sit beside it; a mismatch writes &lt;name&gt;.received.&lt;ext&gt; and
/// fails: to accept, copy the .received file over the golden (<see cref="Golden"/>).
/// </summary>
internal static class OutcomeBoardFixture
{
    public const string Repo = "octo-org/product";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ConfigText => File.ReadAllText(Path.Combine(Folder, "config.yml"));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "outcomes");

    public static ProductOpsConfig Config =>
        ConfigLoader.Load(new ConfigSource("config.yml", File.ReadAllText(Path.Combine(Folder, "config.yml")))).Config!;

    public static (IReadOnlyList<ItemRecord> Items, IReadOnlyList<KpiValue> Kpis) Board()
    {
        var board = JsonSerializer.Deserialize<BoardFile>(File.ReadAllText(Path.Combine(Folder, "board.json")), Json)!;
        return (board.Items.Select(r => r.ToRecord()).ToList(), board.Kpis);
    }

    /// <summary>The page as the refresher renders it: compared with <see cref="PreviousVersion"/>.</summary>
    public static RoadmapPage Page()
    {
        var (items, kpis) = Board();
        var page = RoadmapBuilder.Build(items, Config.Roadmap, Repo, new RoadmapOutcomes(Config.Outcomes, kpis));
        var current = RoadmapSnapshot.Of(page);
        return page with { Changes = RoadmapHistory.Advance(new RoadmapVersions(PreviousVersion(page), null), current, page).Changes };
    }

    /// <summary>
    /// The version a week before: the two newest items not yet opened, the first Next item still in Later, the first
    /// Now item a phase earlier, a live item still in Now and in beta, a shipped item still in Now, and one item
    /// since closed without shipping.
    /// </summary>
    public static RoadmapSnapshot PreviousVersion(RoadmapPage page)
    {
        var items = RoadmapSnapshot.Of(page).Items.ToDictionary(i => i.Key, i => i.Value);
        foreach (var id in items.Keys.OrderByDescending(int.Parse).Take(2).ToList())
        {
            items.Remove(id);
        }
        var next = page.Horizons[1].Items[0].Id;
        items[next] = items[next] with { Horizon = "Later" };
        var now = page.Horizons[0].Items[0].Id;
        items[now] = items[now] with { Phase = items[now].Phase == "alpha" ? "discovery" : "alpha" };
        var live = items.First(i => i.Value.Horizon is null && i.Value.Phase == "live").Key;
        items[live] = items[live] with { Horizon = "Now", Phase = "beta" };
        var shipped = page.Shipped.First(s => !items.ContainsKey(s.Item.Id)).Item;
        items[shipped.Id] = new Placement("Now", "beta", shipped.Title);
        items["99"] = new Placement("Later", "discovery", "Legacy CSV import");
        return new RoadmapSnapshot(page.AsOf!.Value.AddDays(-7), items);
    }

    public static void AssertMatchesGolden(string file, string actual) => Golden.AssertMatches(Path.Combine("outcomes", file), actual);

    private sealed record BoardFile(List<Row> Items, List<KpiValue> Kpis);

    private sealed record Row(
        string Id, string Title, string State, List<string> Labels, string? Phase, List<PhaseChange> PhaseHistory, double? Score,
        Dictionary<string, double>? Inputs, string? Priority, string? Gate, string? Goal, DateTimeOffset Updated, DateTimeOffset? Closed, MeasuredOutcome? Outcome)
    {
        public ItemRecord ToRecord() => ItemRecord.New(new ItemKey("github", Repo, Id)) with
        {
            Title = Title,
            Url = $"https://github.com/{Repo}/issues/{Id}",
            State = Enum.Parse<ItemState>(State),
            Labels = Labels,
            Phase = Phase,
            PhaseHistory = PhaseHistory,
            Score = Inputs is null ? null : new ScoreSnapshot(Score, Inputs),
            Priority = Priority,
            GateStatus = Gate,
            Goal = Goal,
            TrackerUpdatedAt = Updated,
            CreatedAt = Updated.AddDays(-30),
            ClosedAt = Closed,
            Outcome = Outcome,
        };
    }
}
