using Microsoft.Extensions.DependencyInjection;
using ProductOps.Configuration;
using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.WorkItems;

namespace ProductOps.Cli;

/// <summary><c>roadmap render</c>: the page as the app would write it, from the index alone.</summary>
internal static class RoadmapPreview
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, string repo, string format, FileInfo? configFile, CancellationToken ct)
    {
        var config = RoadmapConfig.Defaults;
        if (configFile is not null)
        {
            var loaded = ConfigLoader.Load(new ConfigSource(configFile.Name, await File.ReadAllTextAsync(configFile.FullName, ct)));
            if (loaded.Config is null)
            {
                await output.WriteLineAsync(ConfigLoader.FormatErrors(loaded.Errors));
                return ExitCodes.Usage;
            }
            config = loaded.Config.Roadmap;
        }

        var records = new List<ItemRecord>();
        await foreach (var record in services.GetRequiredService<TableItemStore>().ListAsync(Providers.GitHub, repo, ct))
        {
            records.Add(record);
        }
        var page = RoadmapBuilder.Build(records, config, repo);
        await output.WriteAsync(format == "html" ? RoadmapRenderer.Html(page, ct) : RoadmapRenderer.Markdown(page, ct: ct));
        return 0;
    }
}
