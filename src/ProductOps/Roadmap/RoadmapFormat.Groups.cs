using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>A project roadmap's groups (<c>roadmap.project.group-by</c>): empty when the page has none.</summary>
public sealed partial class RoadmapFormat
{
    private void AddGroups(ScriptObject model, RoadmapPage page, Dictionary<RoadmapItem, ScriptObject> items, int cap)
    {
        var grouping = page.Grouping;
        model["group_field"] = escape(grouping?.Field ?? "");
        var groups = new ScriptArray(grouping?.Groups.Count ?? 0);
        foreach (var group in grouping?.Groups ?? [])
        {
            var shown = Math.Min(cap, group.Items.Count);
            var list = new ScriptArray(shown);
            for (var i = 0; i < shown; i++)
            {
                list.Add(Item(items, group.Items[i]));
            }
            groups.Add(new ScriptObject
            {
                ["name"] = escape(group.Name),
                // Group names are people's text: the anchor is a position, never the name.
                ["anchor"] = "group-" + groups.Count,
                ["count"] = group.Items.Count,
                ["items"] = list,
                ["more"] = group.Items.Count - shown,
                ["dates"] = escape(group.Dates),
                ["done"] = group.Done,
                ["current"] = group.Current,
                ["no_value"] = group.IsEmptyValue,
            });
        }
        model["groups"] = groups;
    }
}
