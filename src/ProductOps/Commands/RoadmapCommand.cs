namespace ProductOps.Commands;

/// <summary><c>/roadmap</c>: refreshes the roadmap of the item's repository or project now, through the roadmap queue.</summary>
public sealed class RoadmapCommand : ICommandHandler
{
    public string Name => "roadmap";

    public string Usage => "/roadmap";

    public CommandAnswer Run(CommandContext context, string arguments) => arguments.Trim().Length == 0
        ? CommandAnswer.Acknowledged(context.Record) with { Roadmap = true }
        : CommandAnswer.Invalid(context.Record, "`/roadmap` takes nothing: it refreshes the roadmap now.");
}
