using Azure.Data.Tables;
using ProductOps.Cli;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops roadmap render --config</c> with <c>roadmap.project</c>: the project's page, read through the fake's GraphQL endpoint.</summary>
public sealed class ProjectRoadmapPreviewTests : IAsyncLifetime
{
    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        // The board index as the app leaves it: its table exists (the preview reads, it creates nothing).
        await new TableServiceClient(azurite.ConnectionString).CreateTableIfNotExistsAsync(StorageNames.ItemsTable);
    }

    public async Task DisposeAsync()
    {
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task The_preview_of_a_project_roadmap_groups_the_projects_items()
    {
        var project = github.AddProject("octo-plan", 9, "Delivery", ("Quarter", "SINGLE_SELECT", ["Q1", "Q2"]));
        github.AddIssue("octo-plan/app", 1, "Checkout redesign", []);
        github.AddIssueItem(project, "octo-plan/app", 1, new Dictionary<string, object> { ["Quarter"] = "Q2" });
        github.AddDraftItem(project, "Pricing experiment", new Dictionary<string, object> { ["Quarter"] = "Q1" });
        var config = await WriteConfigAsync("roadmap:\n  project: { owner: octo-plan, number: 9, group-by: Quarter }\n");

        var (code, output) = await RunAsync("roadmap", "render", "--repo", "octo-plan/roadmap", "--config", config);

        Assert.True(code == 0, output);
        Assert.Contains("2 open items in Delivery (octo-plan project 9)", output);
        Assert.True(output.IndexOf("### Q1 (1)", StringComparison.Ordinal) < output.IndexOf("### Q2 (1)", StringComparison.Ordinal), output);
        Assert.Contains("- [octo-plan/app#1](https://github.com/octo-plan/app/issues/1) Checkout redesign", output);
        Assert.Contains("- Draft Pricing experiment", output);
    }

    [Fact]
    public async Task A_project_that_cannot_be_read_fails_the_preview_with_the_reason()
    {
        var config = await WriteConfigAsync("roadmap:\n  project: { owner: octo-plan, number: 404 }\n");

        var (code, output) = await RunAsync("roadmap", "render", "--repo", "octo-plan/roadmap", "--config", config);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Product Ops cannot read octo-plan project 404 for the roadmap", output);
    }

    private static async Task<string> WriteConfigAsync(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"product-ops-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(path, yaml);
        return path;
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRun.PrintedAsync(RunningApp.Settings(azurite, github), args);
}
