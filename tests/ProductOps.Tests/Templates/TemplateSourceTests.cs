using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Jira;
using ProductOps.Roadmap;
using ProductOps.Templates;
using ProductOps.Tests.Roadmap;
using ProductOps.Updates;

namespace ProductOps.Tests.Templates;

/// <summary>Roadmap and update templates come through the same source per provider, then the default.</summary>
public sealed class TemplateSourceTests
{
    [Fact]
    public async Task A_jira_project_roadmap_uses_its_own_template_from_the_same_settings_as_its_updates()
    {
        var settings = new UpdatesSettings();
        settings.JiraTemplates["PROJ"] = new Dictionary<string, string> { [TemplateFiles.RoadmapMarkdown] = "Roadmap of {{ container }}: {{ open_items }} open\n" };
        var source = new JiraTemplateSource(settings);
        var publishers = new JiraRoadmapPublishers(new JiraProjectConfigs(new JiraSettings(), AppContext.BaseDirectory, NullLogger<JiraProjectConfigs>.Instance), source);
        var templates = new RoadmapTemplates(new TemplateLibrary([source], NullLogger<TemplateLibrary>.Instance), new RoadmapSettings());

        var own = await templates.GetAsync(publishers.Open("jira", "PROJ", null)!, "PROJ", CancellationToken.None);
        var other = await templates.GetAsync(publishers.Open("jira", "OTHER", null)!, "OTHER", CancellationToken.None);
        var page = RoadmapFixtures.Page("board");

        Assert.Equal("Roadmap of octo-org/roadmap: 8 open\n", RoadmapRenderer.Markdown(page, model => own.Render(model, CancellationToken.None)));
        Assert.False(other.IsOverride);
        Assert.Equal(RoadmapRenderer.Markdown(page), RoadmapRenderer.Markdown(page, model => other.Render(model, CancellationToken.None)));
    }

    [Fact]
    public async Task An_override_with_errors_is_never_rendered_and_the_default_stands_in()
    {
        var settings = new UpdatesSettings();
        settings.JiraTemplates["PROJ"] = new Dictionary<string, string> { ["gate-passed"] = "{{ if }}" };
        var library = new TemplateLibrary([new JiraTemplateSource(settings)], NullLogger<TemplateLibrary>.Instance);

        var chosen = await library.GetAsync("update", "jira", "PROJ", null, "gate-passed", TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.False(chosen.IsOverride);
    }
}
