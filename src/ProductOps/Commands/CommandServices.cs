using Microsoft.Extensions.DependencyInjection;

namespace ProductOps.Commands;

/// <summary>Registers comment commands (the KPI history they record into is the host's to register). A new command is one more <see cref="ICommandHandler"/> here.</summary>
public static class CommandServices
{
    public static IServiceCollection AddCommentCommands(this IServiceCollection services)
    {
        services.AddSingleton<ICommandHandler, KpiCommand>();
        services.AddSingleton<ICommandHandler, OutcomeCommand>();
        services.AddSingleton<ICommandHandler, EstimateCommand>();
        services.AddSingleton<ICommandHandler, ScoreCommand>();
        services.AddSingleton<ICommandHandler, PhaseCommand>();
        services.AddSingleton<ICommandHandler, RoadmapCommand>();
        services.AddSingleton<CommandProcessor>();
        return services;
    }
}
