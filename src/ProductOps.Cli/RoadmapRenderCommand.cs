using System.CommandLine;

namespace ProductOps.Cli;

/// <summary><c>productops roadmap render --repo owner/name [--format md|html] [--config file]</c> (docs/roadmap.md).</summary>
internal static class RoadmapRenderCommand
{
    public static Command Create(CliContext cli, CommonOptions common)
    {
        var repo = CliOptions.Repository("The repository, owner/name.", required: true);
        var format = new Option<string>("--format") { Description = "md or html.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var configFile = new Option<FileInfo?>("--config") { Description = "A local product-ops.yml whose roadmap: section applies (default: the defaults)." };
        var render = new Command("render", "Print the roadmap page from the board index (no tracker reads), or from the project that roadmap.project names.") { repo, format, configFile };
        common.SetAction(render, cli, (result, services, ct) =>
            RoadmapPreview.RunAsync(services, cli.Output, result.GetValue(repo)!, result.GetValue(format)!, result.GetValue(configFile), ct));
        return new Command("roadmap", "Work with the roadmap page.") { render };
    }
}
