using Microsoft.Extensions.DependencyInjection;
using ProductOps.Events;
using ProductOps.Storage;
using ProductOps.Templates;
using ProductOps.Updates;
using ProductOps.WorkItems;

namespace ProductOps.Cli;

/// <summary>
/// <c>preview</c>: renders an update template to stdout, from a repository's or Jira project's board index
/// or from sample data, with the default template or a local file being edited. A file with errors is
/// never rendered: its errors are printed with line and column and the exit code is 2 (docs/updates.md).
/// </summary>
internal static class UpdatePreview
{
    public sealed record Options(string Template, string? Repo, string? Project, bool Sample, string Channel, FileInfo? File);

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, Options options, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var model = options.Sample || (options.Repo ?? options.Project) is null
            ? UpdatePreviews.Sample(options.Template, now)
            : await FromIndexAsync(services, output, options, now, ct);
        var dialect = Enum.Parse<TextDialect>(options.Channel, ignoreCase: true);
        var provider = options.Project is null ? Providers.GitHub : Providers.Jira;
        var update = new UpdateMessage
        {
            Id = "preview", Template = options.Template, Provider = provider, Container = options.Repo ?? options.Project ?? "octo-org/app",
            Target = UpdateTarget.Item, Model = model, CreatedAt = now,
        };
        var mentions = provider == Providers.GitHub && dialect == TextDialect.Markdown;

        if (options.File is null)
        {
            // The default template, never a repository's override: the preview is for editing templates locally.
            var library = new TemplateLibrary([], Microsoft.Extensions.Logging.Abstractions.NullLogger<TemplateLibrary>.Instance);
            var renderer = new UpdateRenderer(library, services.GetRequiredService<UpdatesSettings>());
            await output.WriteAsync(await renderer.RenderAsync(update, dialect, mentions, ct));
            return 0;
        }

        var parsed = SandboxedTemplate.Parse(await System.IO.File.ReadAllTextAsync(options.File.FullName, ct), options.File.Name);
        if (parsed.Template is null)
        {
            foreach (var error in parsed.Errors)
            {
                await output.WriteLineAsync(error.ToString());
            }
            return ExitCodes.Usage;
        }

        var result = parsed.Template.Render(UpdateModel.ToScript(model, dialect, mentions), TimeSpan.FromSeconds(2), ct);
        await output.WriteAsync(result.Text ?? result.Error + Environment.NewLine);
        return result.Text is null ? ExitCodes.Usage : ExitCodes.Ok;
    }

    private static async Task<System.Text.Json.JsonElement> FromIndexAsync(IServiceProvider services, TextWriter output, Options options, DateTimeOffset now, CancellationToken ct)
    {
        var (provider, container) = options.Project is null ? (Providers.GitHub, options.Repo!) : (Providers.Jira, options.Project);
        var records = new List<ItemRecord>();
        await foreach (var record in services.GetRequiredService<TableItemStore>().ListAsync(provider, container, ct))
        {
            records.Add(record);
        }

        if (UpdatePreviews.FromIndex(options.Template, records, now) is { } model)
        {
            return model;
        }
        await Console.Error.WriteLineAsync($"The board index of {container} has nothing for {options.Template} yet; showing sample data.");
        return UpdatePreviews.Sample(options.Template, now);
    }
}
