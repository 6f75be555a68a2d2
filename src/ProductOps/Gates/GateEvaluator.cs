using System.Globalization;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Gates;

/// <summary>Checks a gate's criteria: a pure function of the context, so re-checking an unchanged item gives the same result.</summary>
public static class GateEvaluator
{
    public static GateResult Evaluate(GateDefinition gate, GatesConfig config, GateContext context)
    {
        var tasks = new Lazy<IReadOnlyList<TaskItem>>(() => Checklist.Read(context.Item.Body));
        var results = gate.Criteria.Select(c => Check(c, config, context, tasks)).ToList();
        var status = results.Any(r => !r.Met && r.Criterion.Required) ? GateStatus.Failed
            : results.Any(r => !r.Met) ? GateStatus.Conditional
            : GateStatus.Passed;
        return new GateResult(context.Target, status, results);
    }

    private static CriterionResult Check(GateCriterion criterion, GatesConfig config, GateContext context, Lazy<IReadOnlyList<TaskItem>> tasks) => criterion switch
    {
        LabelsRequired { AnyOf: false } all => CheckAllOf(all, context.Item),
        LabelsRequired any => CheckAnyOf(any, context.Item),
        LabelsForbidden none => CheckNoneOf(none, context.Item),
        ScoreRequired score => CheckScore(score, context.Score),
        ChecklistTicked list => CheckList(list, tasks.Value),
        MinimumDaysInPreviousPhase days => CheckDays(days, context),
        NoSkipping skip => CheckSkipping(skip, config, context),
        _ => throw new InvalidOperationException($"Unknown criterion {criterion.GetType().Name}."),
    };

    private static CriterionResult CheckAllOf(LabelsRequired criterion, WorkItem item)
    {
        var missing = criterion.Labels.Where(l => !item.HasLabel(l)).ToList();
        return missing.Count == 0
            ? new(criterion, true, "all present", null)
            : new(criterion, false, $"{Labels(missing, "and")} missing", $"add {Labels(missing, "and")}");
    }

    private static CriterionResult CheckAnyOf(LabelsRequired criterion, WorkItem item)
    {
        var present = OnItem(criterion.Labels, item);
        return present.Count > 0
            ? new(criterion, true, $"{Labels(present, "and")} present", null)
            : new(criterion, false, "none present", $"add one of {Labels(criterion.Labels, "or")}");
    }

    private static CriterionResult CheckNoneOf(LabelsForbidden criterion, WorkItem item)
    {
        var present = OnItem(criterion.Labels, item);
        return present.Count == 0
            ? new(criterion, true, "none present", null)
            : new(criterion, false, $"{Labels(present, "and")} present", $"remove {Labels(present, "and")}");
    }

    /// <summary>The labels as the item spells them, so "remove" names the label the user actually sees.</summary>
    private static List<string> OnItem(IReadOnlyList<string> labels, WorkItem item) =>
        item.Labels.Where(l => labels.Contains(l, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static CriterionResult CheckScore(ScoreRequired criterion, double? score) => score switch
    {
        null => new(criterion, false, "not scored", "give the missing score inputs (see the score comment)"),
        var s when criterion.Min is { } min && s < min =>
            new(criterion, false, $"score {Numbers.Format(s.Value)}", $"reach a score of at least {Numbers.Format(min)}"),
        var s => new(criterion, true, $"score {Numbers.Format(s.Value)}", null),
    };

    private static CriterionResult CheckList(ChecklistTicked criterion, IReadOnlyList<TaskItem> tasks)
    {
        var found = criterion.Items.Select(i => (Text: i, Item: Checklist.Find(tasks, i))).ToList();
        var absent = found.Where(f => f.Item is null).Select(f => f.Text).ToList();
        var unticked = found.Where(f => f.Item is { Ticked: false }).Select(f => f.Text).ToList();
        var todo = new List<string>();
        if (unticked.Count > 0)
        {
            todo.Add($"tick {Labels(unticked, "and")} in the description");
        }
        if (absent.Count > 0)
        {
            todo.Add($"add {string.Join(" and ", absent.Select(a => MarkdownText.Code("- [x] " + a, 120)))} to the description");
        }

        var ticked = found.Count - absent.Count - unticked.Count;
        return new(criterion, todo.Count == 0, $"{ticked} of {found.Count} ticked", todo.Count == 0 ? null : string.Join("; ", todo));
    }

    private static CriterionResult CheckDays(MinimumDaysInPreviousPhase criterion, GateContext context)
    {
        if (context.Previous is not { } previous)
        {
            return new(criterion, false, "no earlier phase recorded", $"spend at least {Days(criterion.Days)} in the phase before");
        }

        var spent = (context.At - previous.EnteredAt).TotalDays;
        var met = spent >= criterion.Days;
        return new(criterion, met, $"{Days(Math.Floor(Math.Max(0, spent)))} in {previous.Phase}",
            met ? null : $"stay in {previous.Phase} for at least {Days(criterion.Days)}");
    }

    private static CriterionResult CheckSkipping(NoSkipping criterion, GatesConfig config, GateContext context)
    {
        var target = config.IndexOf(context.Target);
        var from = config.IndexOf(context.Previous?.Phase);
        var skipped = config.Phases.Skip(from + 1).Take(Math.Max(0, target - from - 1)).Select(p => p.Name).ToList();
        var origin = context.Previous is null ? "no phase" : context.Previous.Phase;
        return skipped.Count == 0
            ? new(criterion, true, $"from {origin}", null)
            : new(criterion, false, $"from {origin}, skipping {string.Join(", ", skipped)}", $"go through {string.Join(", then ", skipped)} first");
    }

    private static string Labels(IReadOnlyList<string> labels, string conjunction) => labels.Count switch
    {
        0 => "nothing",
        1 => MarkdownText.Code(labels[0]),
        _ => string.Join(", ", labels.Take(labels.Count - 1).Select(l => MarkdownText.Code(l))) + $" {conjunction} " + MarkdownText.Code(labels[^1]),
    };

    private static string Days(double days) =>
        days == 1 ? "1 day" : $"{days.ToString("0.##", CultureInfo.InvariantCulture)} days";
}
