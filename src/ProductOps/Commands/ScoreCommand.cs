namespace ProductOps.Commands;

/// <summary><c>/score</c> scores the item again now; <c>/score explain</c> also answers with the breakdown.</summary>
public sealed class ScoreCommand : ICommandHandler
{
    public string Name => "score";

    public string Usage => "/score [explain]";

    public CommandAnswer Run(CommandContext context, string arguments) => arguments.Trim().ToLowerInvariant() switch
    {
        "" => CommandAnswer.Acknowledged(context.Record) with { Rescore = true },
        "explain" => new CommandAnswer(true, "The breakdown is below.", context.Record) { Rescore = true, Explain = true },
        _ => CommandAnswer.Invalid(context.Record, "`/score` takes nothing or `explain`: `/score` scores the item again now, `/score explain` also shows the breakdown."),
    };
}
