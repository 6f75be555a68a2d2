using System.Text.Json;
using ProductOps.Gates;
using ProductOps.Scoring;
using ProductOps.Updates.Digest;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// Models for previewing a template (the command-line <c>preview</c>): from a repository's board-index
/// rows when they hold something to show (the latest phase move, gate result, the last seven days),
/// otherwise from built-in sample rows run through the same rules.
/// </summary>
public static class UpdatePreviews
{
    public static JsonElement? FromIndex(string template, IReadOnlyList<ItemRecord> records, DateTimeOffset now)
    {
        switch (template)
        {
            case UpdateTemplates.Digest:
                var key = records.FirstOrDefault()?.Key;
                return key is null ? null : ModelJson.ToElement(DigestBuilder.Build(key.Provider, key.Container, records, new Period(now.AddDays(-7), now), 5, []));
            case UpdateTemplates.PhaseChanged:
                var moved = records.Where(r => r.PhaseHistory.Count > 0 && r.Phase is not null).MaxBy(r => r.PhaseHistory[^1].EnteredAt);
                return moved is null ? null : Announced(template, moved with { Phase = moved.PhaseHistory.Count > 1 ? moved.PhaseHistory[^2].Phase : null, Gate = null }, moved);
            case UpdateTemplates.GatePassed or UpdateTemplates.GateFailed:
                var failed = template == UpdateTemplates.GateFailed;
                var gated = records.Where(r => r.Gate is not null && (r.GateStatus == "failed") == failed).MaxBy(r => r.Gate!.At);
                return gated is null ? null : Announced(template, gated with { Gate = null, GateStatus = null }, gated);
            default:
                return null;
        }
    }

    public static JsonElement Sample(string template, DateTimeOffset now)
    {
        if (template == UpdateTemplates.RoadmapChanged)
        {
            var items = SampleRows(now);
            return ModelJson.ToElement(new RoadmapChangedModel("octo-org/app", "github", "https://github.com/octo-org/app/blob/main/ROADMAP.md",
                [new RoadmapMoveModel(ItemModel.From(items[0]), "Next", "Now"), new RoadmapMoveModel(ItemModel.From(items[2]), null, "Later")]));
        }
        return FromIndex(template, SampleRows(now), now) ?? throw new ArgumentException($"There is no template named '{template}'.", nameof(template));
    }

    private static JsonElement? Announced(string template, ItemRecord before, ItemRecord after) =>
        Announcements.Detect(before, after).FirstOrDefault(a => a.Template == template) is { } found ? ModelJson.ToElement(found.Model) : null;

    private static List<ItemRecord> SampleRows(DateTimeOffset now)
    {
        ItemRecord Row(string id, string title, double openedDaysAgo, double? score, params (string Phase, double DaysAgo)[] phases) => new()
        {
            Key = new ItemKey("github", "octo-org/app", id),
            Title = title,
            Url = "https://github.com/octo-org/app/issues/" + id,
            CreatedAt = now.AddDays(-openedDaysAgo),
            Score = score is { } s ? new ScoreSnapshot(s, new Dictionary<string, double>()) : null,
            Assignees = ["mona"],
            PhaseHistory = phases.Select(p => new PhaseChange(p.Phase, now.AddDays(-p.DaysAgo))).ToList(),
            Phase = phases.Length == 0 ? null : phases[^1].Phase,
        };

        var searches = Row("42", "Saved searches", 60, 12.5, ("discovery", 40), ("alpha", 21), ("beta", 2));
        var offline = Row("9", "Offline mode", 30, 3, ("alpha", 10));
        return
        [
            searches with { Gate = new GateAttempt("beta", new PhaseChange("alpha", now.AddDays(-21)), now.AddDays(-2), false, []), GateStatus = "passed" },
            offline with { Gate = new GateAttempt("beta", new PhaseChange("alpha", now.AddDays(-10)), now.AddDays(-1), true, []), GateStatus = "failed" },
            Row("60", "Audit log", 3, null),
            Row("3", "Faster sign-in", 50, 20, ("alpha", 30), ("live", 9)) with { State = ItemState.Closed, ClosedAt = now.AddDays(-4) },
        ];
    }
}
