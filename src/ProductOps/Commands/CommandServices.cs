using Microsoft.Extensions.DependencyInjection;
using ProductOps.Outcomes;
using ProductOps.Storage;

namespace ProductOps.Commands;

/// <summary>Registers comment commands and the KPI history. A new command is one more <see cref="ICommandHandler"/> here.</summary>
public static class CommandServices
{
    public static IServiceCollection AddCommentCommands(this IServiceCollection services)
    {
        services.AddSingleton<IKpiHistory, TableKpiHistory>();
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
