using ProductOps.Gates;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Gates;

public sealed class GateCommentTests
{
    private static readonly GateDefinition Beta = new(GateMode.Block,
    [
        new LabelsRequired(["research:done"], AnyOf: false) { Description = "Service Standard 1: understand users and their needs" },
        new ChecklistTicked(["Riskiest assumptions tested"]),
        new NoSkipping { Required = false },
    ]);

    [Fact]
    public void A_blocked_gate_lists_every_criterion_and_what_to_do_next()
    {
        var item = Gate.Item("phase:beta", "- [ ] Riskiest assumptions tested");
        var from = new PhaseChange("alpha", Gate.Now.AddDays(-10));
        var result = GateEvaluator.Evaluate(Beta, GatesConfig.Defaults, new GateContext(item, null, "beta", from, Gate.Now));

        var markdown = GateComment.Render(result, new GateAttempt("beta", from, Gate.Now, Reverted: true, []), Beta, GatesConfig.Defaults);

        const string expected = """
            ### Phase gate: beta (failed)

            The gate for **beta** blocks entry until its required criteria are met, so `phase:beta` was removed and `phase:alpha` was restored. The item is labelled `gate:failed`.

            | | Criterion | | Found |
            | --- | --- | --- | --- |
            | ❌ not met | Service Standard 1: understand users and their needs | required | `research:done` missing |
            | ❌ not met | Ticked in the description: `Riskiest assumptions tested` | required | 0 of 1 ticked |
            | ✅ met | No phase skipped | advisory | from alpha |

            **What to do next**

            - Add `research:done`
            - Tick `Riskiest assumptions tested` in the description

            Product Ops checks again when the labels or the description change. See docs/gates.md.

            """;
        Assert.Equal(expected, markdown);
    }

    [Fact]
    public void Configured_text_and_labels_can_neither_mention_people_nor_inject_html_nor_break_the_table()
    {
        var gate = new GateDefinition(GateMode.Warn,
        [
            new LabelsForbidden(["x|y", "@octo/team"]) { Description = "Ask @octo/team <img src=x onerror=alert(1)> | now" },
        ]);
        var item = Gate.Item("x|y,@octo/team");
        var result = GateEvaluator.Evaluate(gate, GatesConfig.Defaults, new GateContext(item, null, "live", null, Gate.Now));

        var markdown = GateComment.Render(result, new GateAttempt("live", null, Gate.Now, false, ["phase:@octo"]), gate, GatesConfig.Defaults);

        Assert.DoesNotContain("@octo", markdown.Replace("@\u200Bocto", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        var row = markdown.Split('\n').Single(l => l.StartsWith("| ❌", StringComparison.Ordinal));
        Assert.Equal(5, row.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|'));
    }
}
