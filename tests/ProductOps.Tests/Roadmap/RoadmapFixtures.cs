using System.Text.Json;
using System.Text.RegularExpressions;
using ProductOps.Configuration;
using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Roadmap;

/// <summary>
/// Golden-file cases in Fixtures/roadmap/&lt;case&gt;/: board-index rows (items.json), an optional
/// roadmap config (config.yml) and the reviewed outputs (expected.md, expected.html) next to them.
/// A mismatch writes expected.received.* beside them and fails; to accept, copy the .received file over (<see cref="Golden"/>).
/// </summary>
internal static partial class RoadmapFixtures
{
    public const string Repo = "octo-org/roadmap";

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "roadmap", name);

    public static IReadOnlyList<ItemRecord> Items(string name) =>
        JsonSerializer.Deserialize<List<Row>>(File.ReadAllText(Path.Combine(Folder(name), "items.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!
            .Select(r => r.ToRecord()).ToList();

    public static RoadmapConfig Config(string name)
    {
        var file = Path.Combine(Folder(name), "config.yml");
        var config = File.Exists(file) ? ConfigLoader.Load(new ConfigSource("config.yml", File.ReadAllText(file))).Config! : ProductOpsConfig.Defaults;
        return config.Roadmap;
    }

    public static RoadmapPage Page(string name) => RoadmapBuilder.Build(Items(name), Config(name), Repo);

    public static void AssertMatchesGolden(string name, string file, string actual) =>
        Golden.AssertMatches(Path.Combine("roadmap", name, file), Scrub(actual), Scrub);

    /// <summary>Times are data-derived, but scrubbed anyway so a fixture's clock never decides a diff.</summary>
    public static string Scrub(string text) => Time().Replace(text.Replace("\r\n", "\n"), "{time}");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex Time();

    private sealed record Row(string Id, string Title, string State = "Open", string[]? Labels = null, string? Milestone = null,
        double? Score = null, Dictionary<string, double>? Inputs = null, string? Priority = null, string? Phase = null, string? Gate = null,
        DateTimeOffset? Updated = null)
    {
        public ItemRecord ToRecord() => new()
        {
            Key = new ItemKey("github", Repo, Id),
            Title = Title,
            Url = $"https://github.com/{Repo}/issues/{Id}",
            State = Enum.Parse<ItemState>(State),
            Labels = Labels ?? [],
            Milestone = Milestone,
            Score = Inputs is null && Score is null ? null : new ScoreSnapshot(Score, Inputs ?? []),
            Priority = Priority,
            Phase = Phase,
            GateStatus = Gate,
            TrackerUpdatedAt = Updated ?? new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        };
    }
}
