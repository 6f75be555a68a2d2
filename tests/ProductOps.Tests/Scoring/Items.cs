using ProductOps.WorkItems;

namespace ProductOps.Tests.Scoring;

/// <summary>Work items for scoring tests: labels, and issue-form or Jira fields as "Name=value".</summary>
internal static class Items
{
    public static WorkItem Labelled(params string[] labels) => With(labels, []);

    public static WorkItem With(string[] labels, string[] fields, string provider = "github") => new()
    {
        Key = new ItemKey(provider, "octo/app", "42"),
        Title = "Export to CSV",
        Url = "https://github.com/octo/app/issues/42",
        Labels = labels,
        Fields = fields.Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]),
    };
}
