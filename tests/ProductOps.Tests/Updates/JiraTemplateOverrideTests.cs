using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Jira;
using ProductOps.Templates;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>Jira projects keep their own templates in the app settings (Updates:JiraTemplates:&lt;KEY&gt;:&lt;template&gt;).</summary>
public sealed class JiraTemplateOverrideTests
{
    [Theory]
    [InlineData("TES", "Digest for TES from 2026-11-16\n")]
    [InlineData("tes", "Digest for TES from 2026-11-16\n")]
    [InlineData("OTHER", "## Product digest for octo-org/app: 2026-11-16 to 2026-11-23")]
    public async Task A_project_with_its_own_template_uses_it_and_others_keep_the_default(string project, string expectedStart)
    {
        var settings = new UpdatesSettings();
        settings.JiraTemplates["TES"] = new Dictionary<string, string> { ["digest"] = "Digest for TES from {{ from }}" };
        var renderer = new UpdateRenderer(new TemplateLibrary([new JiraTemplateSource(settings)], NullLogger<TemplateLibrary>.Instance), settings);
        var update = new UpdateMessage
        {
            Id = "j", Template = UpdateTemplates.Digest, Provider = "jira", Container = project, Target = new UpdateTarget(UpdateTargetKind.Issue, project + "-1"),
            Model = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", "digest.model.json"))).RootElement.Clone(),
        };

        var text = await renderer.RenderAsync(update, TextDialect.Markdown, mentions: false, CancellationToken.None);

        Assert.StartsWith(expectedStart, text, StringComparison.Ordinal);
    }
}
