using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.GitHub;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;

namespace ProductOps.Cli;

/// <summary>
/// <c>roadmap render</c>: the page as the app would write it, from the index alone; with <c>roadmap.project</c>
/// in the configuration file, from the project's items (GraphQL reads, docs/projects.md) and the index.
/// </summary>
internal static class RoadmapPreview
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string repo, string format, FileInfo? configFile, CancellationToken ct)
    {
        var settings = ProductOpsConfig.Defaults;
        if (configFile is not null)
        {
            var loaded = ConfigLoader.Load(new ConfigSource(configFile.Name, await File.ReadAllTextAsync(configFile.FullName, ct)));
            if (loaded.Config is null)
            {
                await output.WriteLineAsync(ConfigLoader.FormatErrors(loaded.Errors));
                return ExitCodes.Usage;
            }
            settings = loaded.Config;
        }
        var config = settings.Roadmap;

        RoadmapPage page;
        if (config.Project is { } project)
        {
            try
            {
                var read = await services.GetRequiredService<ProjectRoadmapReader>().ReadAsync(
                    project, settings.Scoring.Board, await InstallationAsync(services, project.Owner), DateOnly.FromDateTime(DateTime.UtcNow), ct);
                page = RoadmapBuilder.Build(read.Records, config, $"{read.Title} ({project})", null, read.View);
            }
            catch (RoadmapProjectUnreadableException e)
            {
                await output.WriteLineAsync(e.Message);
                return ExitCodes.Failure;
            }
        }
        else
        {
            var records = new List<ItemRecord>();
            await foreach (var record in services.GetRequiredService<TableItemStore>().ListAsync(Providers.GitHub, repo, ct))
            {
                records.Add(record);
            }
            page = RoadmapBuilder.Build(records, config, repo);
        }
        await output.WriteAsync(format == "html" ? RoadmapRenderer.Html(page, ct) : RoadmapRenderer.Markdown(page, ct: ct));
        return 0;
    }

    /// <summary>As a GitHub App, the organisation's installation (as <c>backfill project</c> finds it); with a token, none is needed.</summary>
    private static async Task<string?> InstallationAsync(IServiceProvider services, string owner) =>
        services.GetRequiredService<GitHubClients>().ForApp() is { } app
            ? (await app.GitHubApps.GetOrganizationInstallationForCurrent(owner)).Id.ToString(CultureInfo.InvariantCulture)
            : null;
}
