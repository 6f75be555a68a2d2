using ProductOps.Outcomes;
using ProductOps.Scoring;

namespace ProductOps.Commands;

/// <summary><c>/kpi &lt;goal&gt; &lt;value&gt;</c>: records a goal's KPI value, dated and signed by the comment.</summary>
public sealed class KpiCommand : ICommandHandler
{
    public string Name => "kpi";

    public string Usage => "/kpi <goal> <value>";

    public CommandAnswer Run(CommandContext context, string arguments)
    {
        var goals = context.Config.Outcomes.Goals;
        if (goals.Count == 0)
        {
            return CommandAnswer.Invalid(context.Record, "`/kpi` needs goals, and `.github/product-ops.yml` declares none (see docs/outcomes.md).");
        }

        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var valid = "Write `/kpi <goal> <value>` with a goal of " + string.Join(", ", goals.Select(g => MarkdownText.Code(g.Id))) + ", such as `/kpi " + goals[0].Id + " 47`.";
        var goal = parts.Length == 0 ? null : context.Config.Outcomes.Find(parts[0]);
        if (goal is null || parts.Length < 2)
        {
            var what = parts.Length == 0 ? "`/kpi` needs a goal and a value."
                : goal is null ? $"{MarkdownText.Code(parts[0], 40)} is not a goal here."
                : $"{MarkdownText.Code("/kpi " + goal.Id)} needs a value.";
            return CommandAnswer.Invalid(context.Record, $"{what} {valid}");
        }
        if (!OutcomeValue.TryParse(parts[1], goal.Kpi.Unit, out var value))
        {
            return CommandAnswer.Invalid(context.Record,
                $"{MarkdownText.Code(parts[1], 40)} is not a number of {MarkdownText.Code(goal.Kpi.Unit)} for {MarkdownText.Code(goal.Kpi.Name)}. {valid}");
        }
        var comment = context.Comment;
        return CommandAnswer.Acknowledged(context.Record, new KpiValue(goal.Id, value, comment.At, comment.Author, comment.Id));
    }
}
