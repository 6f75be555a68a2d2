using ProductOps.Configuration;

namespace ProductOps.Tests.Projects;

/// <summary><c>scoring.project</c> as the loader reads it (docs/projects.md).</summary>
public sealed class ProjectConfigTests
{
    private static ConfigLoadResult Load(string yaml) => ConfigLoader.Load([new ConfigSource("product-ops.yml", yaml)]);

    [Fact]
    public void The_project_section_names_the_input_fields_and_the_fields_written_back()
    {
        var result = Load("""
            scoring:
              project:
                number: 3
                fields: { reach: Reach, effort: Size, time-criticality: Urgency }
                score-field: RICE
                priority-field: Priority
            """);

        var board = Assert.IsType<ProductOpsConfig>(result.Config).Scoring.Board;
        Assert.Equal(3, board.Number);
        Assert.Equal("Size", board.FieldFor("effort"));
        Assert.Equal("Urgency", board.FieldFor("time-criticality"));
        Assert.Equal(("RICE", "Priority"), (board.ScoreField, board.PriorityField));
        Assert.True(board.IsEnabled);
    }

    [Fact]
    public void A_repository_without_the_section_reads_no_board()
    {
        Assert.False(Assert.IsType<ProductOpsConfig>(Load("scoring:\n  model: rice\n").Config).Scoring.Board.IsEnabled);
    }

    [Theory]
    [InlineData("scoring:\n  project:\n    fields: { reech: Reach }\n", "Unknown key `reech` in `scoring.project.fields`")]
    [InlineData("scoring:\n  project:\n    number: 0\n", "`scoring.project.number` is `0`")]
    [InlineData("scoring:\n  project:\n    score: RICE\n", "Unknown key `score` in `scoring.project`")]
    public void A_mistake_in_the_project_section_is_reported_clearly(string yaml, string message)
    {
        var result = Load(yaml);

        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
