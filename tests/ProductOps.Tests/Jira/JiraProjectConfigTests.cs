using Microsoft.Extensions.Logging;
using ProductOps.Configuration;
using ProductOps.Jira;
using ProductOps.Scoring;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Jira;

/// <summary>Per-project configuration in the app's settings (<c>Jira:Projects:&lt;KEY&gt;</c>), in the schema of docs/configuration.md.</summary>
public sealed class JiraProjectConfigTests
{
    private readonly LogCapture logs = new();

    [Fact]
    public void A_projects_yaml_applies_to_that_project_only()
    {
        var configs = Configs(new JiraSettings { Projects = { ["PROJ"] = new() { Config = "scoring:\n  model: wsjf\n  score-field: WSJF score\n" } } });

        Assert.Equal(ScoringModel.Wsjf, configs.For("PROJ").Scoring.Model);
        Assert.Equal("WSJF score", configs.For("proj").Scoring.ScoreField);
        Assert.Same(ProductOpsConfig.Defaults, configs.For("OTHER"));
    }

    [Fact]
    public void The_site_wide_layer_is_under_every_projects_own()
    {
        var configs = Configs(new JiraSettings
        {
            Config = "scoring:\n  model: ice\n  needs-scoring-label: triage\n",
            Projects = { ["PROJ"] = new() { Config = "scoring:\n  model: rice\n" } },
        });

        Assert.Equal((ScoringModel.Rice, "triage"), (configs.For("PROJ").Scoring.Model, configs.For("PROJ").Scoring.NeedsScoringLabel));
        Assert.Equal(ScoringModel.Ice, configs.For("OTHER").Scoring.Model);
    }

    [Fact]
    public void A_config_path_is_read_relative_to_the_apps_folder()
    {
        var folder = Directory.CreateTempSubdirectory("jira-config-").FullName;
        File.WriteAllText(Path.Combine(folder, "proj.yml"), "scoring:\n  model: value-effort\n");

        var configs = Configs(new JiraSettings { Projects = { ["PROJ"] = new() { ConfigPath = "proj.yml" } } }, folder);

        Assert.Equal(ScoringModel.ValueEffort, configs.For("PROJ").Scoring.Model);
    }

    [Theory]
    [InlineData("scoring:\n  score_field: Score\n", null, "`score-field`")]
    [InlineData("scoring: [1, 2\n", null, "not valid YAML")]
    [InlineData("scoring:\n  model: rice\n", "proj.yml", "Both")]
    [InlineData(null, "does-not-exist.yml", "could not be read")]
    public void A_broken_project_config_is_logged_once_and_that_project_runs_on_the_defaults(string? yaml, string? path, string reason)
    {
        var configs = Configs(new JiraSettings
        {
            Projects = { ["BAD"] = new() { Config = yaml, ConfigPath = path }, ["GOOD"] = new() { Config = "scoring:\n  model: wsjf\n" } },
        });

        Assert.Same(ProductOpsConfig.Defaults, configs.For("BAD"));
        Assert.Same(ProductOpsConfig.Defaults, configs.For("BAD"));
        Assert.Equal(ScoringModel.Wsjf, configs.For("GOOD").Scoring.Model);
        var line = Assert.Single(logs.Lines, l => l.Contains("Jira project BAD"));
        Assert.Contains(reason, line);
    }

    [Fact]
    public void Score_field_is_text_of_at_most_100_characters()
    {
        var result = ConfigLoader.Load(new ConfigSource("p.yml", $"scoring:\n  score-field: {new string('x', 101)}\n"));

        Assert.Contains(result.Errors, e => e.Message.Contains("score-field") && e.Expected.Contains("1 to 100"));
        Assert.Null(ConfigLoader.Load([]).Config!.Scoring.ScoreField);
    }

    [Fact]
    public void The_example_in_docs_jira_md_is_a_valid_configuration()
    {
        var doc = File.ReadAllText(RepositoryRoot.Combine("docs", "jira.md"));
        var start = doc.IndexOf("```yaml", StringComparison.Ordinal) + "```yaml".Length;
        var yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = ConfigLoader.Load(new ConfigSource("docs/jira.md", yaml));

        Assert.True(result.IsValid, ConfigLoader.FormatErrors(result.Errors));
        Assert.Equal(("WSJF score", "Story points"), (result.Config!.Scoring.ScoreField, result.Config.Scoring.SourceFor(ScoringModel.Wsjf, ModelCatalog.Wsjf.Input("job-size")!).Field));
    }

    private JiraProjectConfigs Configs(JiraSettings settings, string? folder = null) =>
        new(settings, folder ?? AppContext.BaseDirectory, new LoggerFactory([logs]).CreateLogger<JiraProjectConfigs>());
}
