using System.Globalization;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>"What changed since the last version": one row per change, its kind and detail as words.</summary>
public sealed partial class RoadmapFormat
{
    private void AddChanges(ScriptObject model, RoadmapPage page, Dictionary<RoadmapItem, ScriptObject> items)
    {
        model["changes_since"] = page.Changes?.Since.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";
        model["changes"] = new ScriptArray((page.Changes?.Items ?? []).Select(c => new ScriptObject
        {
            ["kind"] = Kind(c),
            ["link"] = c.Item is { } item ? Item(items, item)["link"] : RoadmapSvg.ItemName(RoadmapText.Id(c.Id)),
            ["title"] = escape(c.Title),
            ["detail"] = escape(Detail(c)),
        }));
    }

    private static string Kind(RoadmapChange change) => change.Kind switch
    {
        RoadmapChangeKind.New => "New",
        RoadmapChangeKind.Moved when change.From is null => "Moved in",
        RoadmapChangeKind.Moved when change.To is null => "Moved out",
        RoadmapChangeKind.Moved => "Moved",
        RoadmapChangeKind.Left => "Moved out",
        _ => "Phase change",
    };

    private static string Detail(RoadmapChange c) => c.Kind switch
    {
        RoadmapChangeKind.New => c.To is null ? "opened outside the horizons" + PhaseNote(c.Item) : "in " + c.To,
        RoadmapChangeKind.Moved when c.From is null => "onto " + c.To,
        RoadmapChangeKind.Moved when c.To is null => "off the horizons" + PhaseNote(c.Item),
        RoadmapChangeKind.Moved => $"{c.From} → {c.To}",
        RoadmapChangeKind.Left => c.To + (c.From is null ? "" : $" (was in {c.From})"),
        _ when c.From is null => "entered " + c.To,
        _ when c.To is null => "left " + c.From,
        _ => $"{c.From} → {c.To}",
    };

    private static string PhaseNote(RoadmapItem? item) => item?.Phase is { } phase ? $" ({phase})" : "";
}
