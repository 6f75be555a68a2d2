using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProductOps.Commands;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.Ingress;
using ProductOps.Jira;
using ProductOps.Processing;
using ProductOps.Queues;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Telemetry;
using ProductOps.Templates;
using ProductOps.Updates;
using ProductOps.Updates.Channels;
using ProductOps.Updates.Digest;
using ProductOps.WorkItems;

namespace ProductOps.Hosting;

/// <summary>
/// The one composition root: every host (the isolated worker, the local host, the command-line
/// tool) calls <see cref="AddProductOps"/> and wires nothing by hand. Triggers stay in the hosts.
/// </summary>
public static class ProductOpsServices
{
    /// <param name="contentRoot">Where relative paths in settings (Jira config files) are resolved.</param>
    public static IServiceCollection AddProductOps(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<QueueSettings>(configuration.GetSection(QueueSettings.Section));
        services.AddSingleton(StorageConnection.FromConfiguration(configuration));
        services.AddHostedService<StorageInitializer>();
        services.AddSingleton<QueueMessageRunner>();
        services.AddSingleton<QueueFunctions>();

        AddEvents(services);
        AddGitHub(services, configuration);
        AddJira(services, configuration, contentRoot);
        AddTemplates(services);
        AddRoadmap(services, configuration);
        AddUpdates(services, configuration);
        services.AddProductOpsTelemetry(configuration);
        return services;
    }

    private static void AddEvents(IServiceCollection services)
    {
        services.AddSingleton<EventQueue>();
        services.AddSingleton<IEventQueue>(sp => sp.GetRequiredService<EventQueue>());
        services.AddSingleton<WebhookBodyReader>();
        services.AddSingleton<EventIngress>();
        services.AddSingleton<TableItemStore>();
        services.AddSingleton<IItemStore>(sp => sp.GetRequiredService<TableItemStore>());
        services.AddSingleton<IItemLocks, BlobItemLocks>();
        services.AddSingleton<EventProcessor>();
        services.AddSingleton<Outcomes.IKpiHistory, TableKpiHistory>();
        services.AddCommentCommands();
        services.AddSingleton<EventMessageHandler>();
    }

    private static void AddGitHub(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GitHubSettings>(configuration.GetSection(GitHubSettings.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GitHubSettings>>().Value);
        services.AddSingleton<GitHub.Http.IMutationSchedule, TableMutationSchedule>();
        services.AddSingleton<GitHubClients>();
        services.AddSingleton<ConfigProblemIssue>();
        services.AddSingleton<Configuration.ILastGoodConfigs, TableLastGoodConfigs>();
        services.AddSingleton<RoadmapTargetPolicy>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RepositoryConfigReader>(sp, sp.GetRequiredService<GitHubSettings>().ConfigCacheDuration));
        services.AddSingleton<GitHubSessions>();
        services.AddSingleton<ITrackerProvider, GitHubProvider>();
    }

    private static void AddJira(IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<JiraSettings>(configuration.GetSection(JiraSettings.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<JiraSettings>>().Value);
        services.AddSingleton(sp => new JiraProjectConfigs(
            sp.GetRequiredService<JiraSettings>(), contentRoot, sp.GetRequiredService<ILogger<JiraProjectConfigs>>()));
        services.AddSingleton<ITrackerProvider, JiraProvider>();
    }

    private static void AddRoadmap(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(RoadmapSettings.Section).Get<RoadmapSettings>() ?? new RoadmapSettings());
        services.AddSingleton<IRoadmapSignal, RoadmapRefreshQueue>();
        services.AddSingleton<IRoadmapStates, TableRoadmapStates>();
        services.AddSingleton(sp => (IBoardIndex)sp.GetRequiredService<IItemStore>());
        services.AddSingleton<IRoadmapPublishers, GitHubRoadmapPublishers>();
        services.AddSingleton<IRoadmapPublishers, JiraRoadmapPublishers>();
        services.AddSingleton<IRoadmapJiraIssues, JiraRoadmapDescriptions>();
        services.AddSingleton<IStaticPages, BlobStaticPages>();
        services.AddSingleton<IRoadmapVersions, BlobRoadmapVersions>();
        services.AddSingleton<RoadmapTemplates>();
        services.AddSingleton<RoadmapRefresher>();
        services.AddSingleton<IRoadmapProjects, GitHub.Projects.GitHubRoadmapProjects>();
        services.AddSingleton<ProjectRoadmapReader>();
        services.AddSingleton<IRoadmapProjectLinks, TableRoadmapProjectLinks>();
    }

    /// <summary>One template engine for roadmap and updates: a source per provider, one library (Templates/).</summary>
    private static void AddTemplates(IServiceCollection services)
    {
        services.AddSingleton<GitHubTemplateSource>();
        services.AddSingleton<JiraTemplateSource>();
        services.AddSingleton<ITemplateSource>(sp => sp.GetRequiredService<GitHubTemplateSource>());
        services.AddSingleton<ITemplateSource>(sp => sp.GetRequiredService<JiraTemplateSource>());
        services.AddSingleton<TemplateLibrary>();
    }

    private static void AddUpdates(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UpdatesSettings>(configuration.GetSection(UpdatesSettings.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<UpdatesSettings>>().Value);
        services.AddSingleton<UpdateQueue>();
        services.AddSingleton<IUpdateQueue>(sp => sp.GetRequiredService<UpdateQueue>());
        services.AddSingleton<IUpdatesPoison>(sp => sp.GetRequiredService<UpdateQueue>());
        services.AddSingleton<IUpdateDeliveryLog, UpdateDeliveryLog>();
        services.AddSingleton<TableDigestStates>();
        services.AddSingleton<IDigestRegistry>(sp => sp.GetRequiredService<TableDigestStates>());
        services.AddSingleton<UpdateAnnouncer>();
        services.AddSingleton<IRoadmapPlacements>(sp => sp.GetRequiredService<TableDigestStates>());
        services.AddSingleton<IRoadmapChangeListener, RoadmapAnnouncer>();
        services.AddSingleton<UpdateRenderer>();
        services.AddSingleton(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<IUpdateChannel, CommentChannel>();
        services.AddSingleton<IUpdateChannel, SlackChannel>();
        services.AddSingleton<IUpdateChannel, TeamsChannel>();
        services.AddSingleton<IUpdateChannel, JsonWebhookChannel>();
        services.AddSingleton<UpdateDeliverer>();
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<Outcomes.KpiEndpoint>();
        services.AddSingleton<Outcomes.KpiPoller>();
    }
}
