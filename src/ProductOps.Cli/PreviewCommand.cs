using System.CommandLine;

namespace ProductOps.Cli;

/// <summary><c>productops preview --template digest [--repo owner/name | --project KEY] [--sample] [--channel markdown|slack|teams] [--file t.scriban]</c> (docs/updates.md).</summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext cli, CommonOptions common)
    {
        var template = new Option<string>("--template") { Description = "The template: " + string.Join(", ", Updates.UpdateTemplates.All) + ".", Required = true };
        template.AcceptOnlyFromAmong([.. Updates.UpdateTemplates.All]);
        var repo = CliOptions.Repository("A GitHub repository (owner/name) whose board index gives the data.");
        var project = CliOptions.Project("A Jira project key whose board index gives the data.");
        var sample = new Option<bool>("--sample") { Description = "Use built-in sample data instead of the index." };
        var channel = new Option<string>("--channel") { Description = "markdown (GitHub, Jira, JSON webhooks), slack or teams.", DefaultValueFactory = _ => "markdown" };
        channel.AcceptOnlyFromAmong("markdown", "slack", "teams");
        var file = new Option<FileInfo?>("--file") { Description = "A template file to render instead of the default (e.g. .github/product-ops/templates/digest.scriban)." };
        var command = new Command("preview", "Render an update template to stdout, to edit templates safely.") { template, repo, project, sample, channel, file };
        common.SetAction(command, cli, (result, services, ct) => UpdatePreview.RunAsync(services, cli.Output, new UpdatePreview.Options(
            result.GetValue(template)!, result.GetValue(repo), result.GetValue(project), result.GetValue(sample), result.GetValue(channel)!, result.GetValue(file)), ct));
        return command;
    }
}
