using System.Globalization;
using BenchmarkDotNet.Attributes;
using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Benchmarks;

/// <summary>
/// The roadmap of a 10,000-item board (docs/roadmap.md, target: under 200 ms and 100 MB allocated):
/// building it from index rows, and rendering Markdown (cut to GitHub's body limit) and HTML (all items).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RoadmapBenchmarks
{
    private static readonly string[] Phases = ["discovery", "alpha", "beta", "live", "retirement", ""];
    private List<ItemRecord> records = null!;
    private RoadmapPage page = null!;

    [Params(10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        records = Enumerable.Range(1, Items).Select(i =>
        {
            var effort = random.Next(1, 9) / 2.0;
            var score = random.Next(0, 4) == 0 ? (double?)null : Math.Round(random.NextDouble() * 2000, 1);
            var id = i.ToString(CultureInfo.InvariantCulture);
            return new ItemRecord
            {
                Key = new ItemKey("github", "octo-org/roadmap", id),
                Title = $"Item {i}: make the {(i % 7 == 0 ? "@team | <b>" : "")}checkout flow faster for returning customers",
                Url = "https://github.com/octo-org/roadmap/issues/" + id,
                Phase = Phases[i % Phases.Length] is { Length: > 0 } phase ? phase : null,
                Milestone = i % 5 == 0 ? "Q3" : null,
                Priority = score is null ? null : "priority:P" + (1 + i % 4),
                GateStatus = i % 3 == 0 ? "passed" : null,
                Score = score is null ? null : new ScoreSnapshot(score, new Dictionary<string, double> { ["Effort"] = effort }),
                TrackerUpdatedAt = DateTimeOffset.UnixEpoch.AddMinutes(i),
            };
        }).ToList();
        page = RoadmapBuilder.Build(records, RoadmapConfig.Defaults, "octo-org/roadmap");
    }

    [Benchmark]
    public RoadmapPage Build() => RoadmapBuilder.Build(records, RoadmapConfig.Defaults, "octo-org/roadmap");

    [Benchmark]
    public string RenderMarkdown() => RoadmapRenderer.Markdown(page);

    [Benchmark]
    public string RenderHtml() => RoadmapRenderer.Html(page);

    [Benchmark]
    public int BuildAndRenderBoth() =>
        RoadmapRenderer.Markdown(RoadmapBuilder.Build(records, RoadmapConfig.Defaults, "octo-org/roadmap")).Length + RoadmapRenderer.Html(page).Length;
}
