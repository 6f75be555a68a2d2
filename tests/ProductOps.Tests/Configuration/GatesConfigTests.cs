using ProductOps.Configuration;
using ProductOps.Gates;

namespace ProductOps.Tests.Configuration;

public sealed class GatesConfigTests
{
    [Fact]
    public void Without_a_file_the_five_service_manual_phases_have_warning_gates()
    {
        var gates = ConfigLoader.Load([]).Config!.Gates;

        Assert.Equal(["phase:discovery", "phase:alpha", "phase:beta", "phase:live", "phase:retirement"], gates.Phases.Select(p => p.Label));
        Assert.Equal("gate:failed", gates.FailedLabel);
        Assert.Empty(gates.GateFor("discovery").Criteria);
        Assert.All(gates.Phases, p => Assert.Equal(GateMode.Warn, gates.GateFor(p.Name).Mode));
        Assert.All(gates.Phases.Skip(1), p => Assert.NotEmpty(gates.GateFor(p.Name).Criteria));
        Assert.All(gates.Gates.Values.SelectMany(g => g.Criteria), c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public void A_custom_file_sets_phases_labels_mode_and_every_criterion_kind()
    {
        var gates = ConfigFixtures.Load("gates-custom.yml").Config!.Gates;

        Assert.Equal(["phase:discovery", "stage:alpha", "phase:beta", "phase:live"], gates.Phases.Select(p => p.Label));
        Assert.Equal("gate:blocked", gates.FailedLabel);
        var beta = gates.GateFor("beta");
        Assert.Equal(GateMode.Block, beta.Mode);
        Assert.Equal(
        [
            new LabelsRequired(["research:done", "design:done"], AnyOf: false) { Description = "Service Standard 1: understand users and their needs" },
            new LabelsRequired(["team:web", "team:api"], AnyOf: true),
            new LabelsForbidden(["blocked"]) { Required = false },
            new ScoreRequired(300),
            new ChecklistTicked(["Accessibility audit passed"]),
            new MinimumDaysInPreviousPhase(14) { Required = false },
            new NoSkipping(),
        ], beta.Criteria, new CriterionComparer());
        Assert.Equal(GatesConfig.Defaults.GateFor("live"), gates.GateFor("live"));
    }

    [Fact]
    public void A_repository_layer_changes_one_gate_key_and_keeps_the_rest()
    {
        var gates = ConfigLoader.Load(
        [
            new ConfigSource("org.yml", "gates:\n  beta:\n    mode: block\n"),
            new ConfigSource("repo.yml", "gates:\n  beta:\n    criteria:\n      - score: present\n"),
        ]).Config!.Gates;

        Assert.Equal(GateMode.Block, gates.GateFor("beta").Mode);
        Assert.IsType<ScoreRequired>(Assert.Single(gates.GateFor("beta").Criteria));
    }

    [Theory]
    [InlineData("gates-two-kinds.yml", 5, 9, "`gates.beta.criteria[0]` has more than one kind of check", "exactly one of `all-labels`")]
    [InlineData("gates-no-kind.yml", 4, 9, "`gates.beta.criteria[0]` says nothing to check", "exactly one of")]
    [InlineData("gates-bad-mode.yml", 3, 11, "`gates.live.mode` is `revert`, which is not a known value", "one of `warn`, `block`")]
    [InlineData("gates-unknown-phase.yml", 3, 3, "Unknown key `beta` in `gates`", "one of `failed-label`, `phases`, `idea`, `build`")]
    [InlineData("gates-duplicate-phase.yml", 4, 7, "`gates.phases[1]` repeats the phase `beta` or its label `phase:alpha`", "a different name and label for each phase")]
    [InlineData("gates-bad-phase-name.yml", 2, 23, "`gates.phases[1]` is `Beta Test`, which cannot name a phase", "lowercase letters, digits and hyphens")]
    [InlineData("gates-labels-not-a-list.yml", 4, 21, "`gates.alpha.criteria[0].all-labels` is a text", "a list")]
    [InlineData("gates-bad-required.yml", 5, 19, "`gates.alpha.criteria[0].required` is `maybe`", "one of `true`, `false`")]
    [InlineData("gates-bad-score.yml", 4, 16, "`gates.alpha.criteria[0].score` is `high`, which is not a number", "`present`, or a minimum score")]
    public void Each_invalid_gates_fixture_reports_file_line_column_problem_and_expectation(string file, int line, int column, string message, string expected)
    {
        var result = ConfigFixtures.Load(file);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.Path, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    /// <summary>Records holding lists compare their lists by reference; compare criteria by their content.</summary>
    private sealed class CriterionComparer : IEqualityComparer<GateCriterion>
    {
        public bool Equals(GateCriterion? x, GateCriterion? y) => Describe(x) == Describe(y);

        public int GetHashCode(GateCriterion obj) => Describe(obj).GetHashCode(StringComparison.Ordinal);

        private static string Describe(GateCriterion? c) => c switch
        {
            null => "",
            LabelsRequired l => $"{l.AnyOf}:{string.Join(',', l.Labels)}|{c.Description}|{c.Required}",
            LabelsForbidden l => $"not:{string.Join(',', l.Labels)}|{c.Description}|{c.Required}",
            ChecklistTicked t => $"tick:{string.Join(',', t.Items)}|{c.Description}|{c.Required}",
            _ => $"{c}",
        };
    }
}
