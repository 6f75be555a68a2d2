using ProductOps.Outcomes;

namespace ProductOps.Commands;

/// <summary><c>/outcome &lt;text or number&gt;</c>: records what the item achieved, replacing an earlier answer.</summary>
public sealed class OutcomeCommand : ICommandHandler
{
    private const int MaxLength = 300;

    public string Name => "outcome";

    public string Usage => "/outcome <text or number>";

    public CommandAnswer Run(CommandContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Length > MaxLength)
        {
            return CommandAnswer.Invalid(context.Record,
                $"`/outcome` needs what the item achieved, in 1 to {MaxLength} characters, such as `/outcome 4.5` or `/outcome activation up 3 points in 2 weeks`.");
        }
        var goal = context.Record.Goal is { } id ? context.Config.Outcomes.Find(id) : null;
        double? value = OutcomeValue.TryParse(arguments, goal?.Kpi.Unit ?? "", out var number) ? number : null;
        var comment = context.Comment;
        var outcome = new MeasuredOutcome(arguments, value, comment.Author, comment.At, comment.Id);
        return CommandAnswer.Acknowledged(context.Record with { Outcome = outcome });
    }
}
