using ProductOps.Gates;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Gates;

/// <summary>Builds gate contexts for the rule tables: labels as "a,b", a body, a score, a previous phase.</summary>
internal static class Gate
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static WorkItem Item(string labels = "", string body = "") => new()
    {
        Key = new ItemKey("github", "octo/app", "42"),
        Title = "Export to CSV",
        Url = "https://github.com/octo/app/issues/42",
        Labels = Split(labels),
        Body = body,
        UpdatedAt = Now,
    };

    public static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static GateResult Check(GateCriterion criterion, WorkItem item, double? score = null, string target = "beta", string? from = "alpha", double daysInFrom = 30) =>
        GateEvaluator.Evaluate(new GateDefinition(GateMode.Warn, [criterion]), GatesConfig.Defaults,
            new GateContext(item, score, target, from is null ? null : new PhaseChange(from, Now.AddDays(-daysInFrom)), Now));

    public static CriterionResult Single(GateCriterion criterion, WorkItem item, double? score = null) =>
        Assert.Single(Check(criterion, item, score).Criteria);
}
