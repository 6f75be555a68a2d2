using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops backfill github --repo owner/name [--dry-run] [--restart] [--page-size N]</c>,
/// <c>productops backfill jira --project KEY [--dry-run] [--restart] [--page-size N]</c>,
/// <c>productops roadmap render --repo owner/name [--format md|html] [--config file]</c> (docs/roadmap.md), and
/// <c>productops preview --template name</c> (docs/updates.md).
/// </summary>
public static class ProductOpsCli
{
    public static async Task<int> RunAsync(string[] args, IConfiguration settings, IAnsiConsole console, TextWriter output, CancellationToken ct = default)
    {
        var repo = new Option<string>("--repo") { Description = "The repository, owner/name.", Required = true };
        repo.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && (value.Count(c => c == '/') != 1 || value.StartsWith('/') || value.EndsWith('/')))
            {
                r.AddError("--repo must be owner/name.");
            }
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and score, write nothing: no tracker writes, no index rows, no cursor." };
        var restart = new Option<bool>("--restart") { Description = "Ignore a saved cursor and start from the first page." };
        var pageSize = new Option<int>("--page-size") { Description = "Issues per page (1-100).", DefaultValueFactory = _ => 100 };
        var format = new Option<string>("--format") { Description = "md or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var configFile = new Option<FileInfo?>("--config") { Description = "A local product-ops.yml whose roadmap: section applies (default: the defaults)." };

        var github = new Command("github", "List a repository's open issues page by page, score them and fill the board index.") { repo, dryRun, restart, pageSize };
        github.SetAction((result, token) => new GitHubBackfill(settings, console).RunAsync(
            new BackfillOptions(result.GetValue(repo)!, result.GetValue(dryRun), result.GetValue(restart), Math.Clamp(result.GetValue(pageSize), 1, 100)), token));

        var project = new Option<string>("--project") { Description = "The Jira project key, e.g. PROJ.", Required = true };
        project.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && !Jira.JiraIssues.IsProjectKey(value))
            {
                r.AddError("--project must be a Jira project key, such as PROJ.");
            }
        });
        var jira = new Command("jira", "List a Jira project's open issues page by page (JQL search), score them and fill the board index.") { project, dryRun, restart, pageSize };
        jira.SetAction((result, token) => new JiraBackfill(settings, console).RunAsync(
            new JiraBackfillOptions(result.GetValue(project)!, result.GetValue(dryRun), result.GetValue(restart), Math.Clamp(result.GetValue(pageSize), 1, 100)), token));

        var render = new Command("render", "Print the roadmap page from the board index (no tracker reads).") { repo, format, configFile };
        render.SetAction((result, token) => RoadmapPreview.RunAsync(settings, output, result.GetValue(repo)!, result.GetValue(format)!, result.GetValue(configFile), token));

        var preview = PreviewCommand(settings, output);
        var root = new RootCommand("Product Ops command-line tool")
        {
            preview,
            new Command("backfill", "Fill the board index from a tracker.") { github, jira },
            new Command("roadmap", "Work with the roadmap page.") { render },
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, ct);
    }

    /// <summary><c>productops preview --template digest [--repo owner/name | --project KEY] [--sample] [--channel markdown|slack|teams] [--file t.scriban]</c> (docs/updates.md).</summary>
    private static Command PreviewCommand(IConfiguration settings, TextWriter output)
    {
        var template = new Option<string>("--template") { Description = "The template: " + string.Join(", ", Updates.UpdateTemplates.All) + ".", Required = true };
        template.AcceptOnlyFromAmong([.. Updates.UpdateTemplates.All]);
        var repo = new Option<string?>("--repo") { Description = "A GitHub repository (owner/name) whose board index gives the data." };
        var project = new Option<string?>("--project") { Description = "A Jira project key whose board index gives the data." };
        var sample = new Option<bool>("--sample") { Description = "Use built-in sample data instead of the index." };
        var channel = new Option<string>("--channel") { Description = "markdown (GitHub, Jira, JSON webhooks), slack or teams.", DefaultValueFactory = _ => "markdown" };
        channel.AcceptOnlyFromAmong("markdown", "slack", "teams");
        var file = new Option<FileInfo?>("--file") { Description = "A template file to render instead of the default (e.g. .github/product-ops/templates/digest.scriban)." };
        var command = new Command("preview", "Render an update template to stdout, to edit templates safely.") { template, repo, project, sample, channel, file };
        command.SetAction((result, token) => UpdatePreview.RunAsync(settings, output, new UpdatePreview.Options(
            result.GetValue(template)!, result.GetValue(repo), result.GetValue(project), result.GetValue(sample), result.GetValue(channel)!, result.GetValue(file)), token));
        return command;
    }
}
