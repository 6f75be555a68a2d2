using ProductOps.Gates;

namespace ProductOps.Tests.Gates;

public sealed class ScoreAndChecklistTests
{
    [Theory]
    [InlineData(null, null, false, "not scored")]
    [InlineData(null, 0.0, true, "score 0")]
    [InlineData(null, 800.0, true, "score 800")]
    [InlineData(300.0, 800.0, true, "score 800")]
    [InlineData(300.0, 300.0, true, "score 300")]
    [InlineData(300.0, 299.5, false, "score 299.5")]
    [InlineData(300.0, null, false, "not scored")]
    public void A_score_must_be_present_and_reach_the_minimum(double? min, double? score, bool met, string found)
    {
        var result = Gate.Single(new ScoreRequired(min), Gate.Item(), score);

        Assert.Equal((met, found), (result.Met, result.Found));
    }

    [Theory]
    [InlineData("- [x] Accessibility audit passed", true, "1 of 1 ticked")]
    [InlineData("- [X] accessibility AUDIT passed", true, "1 of 1 ticked")]
    [InlineData("* [x]   Accessibility   audit passed  ", true, "1 of 1 ticked")]
    [InlineData("- [x] **Accessibility** audit `passed`", true, "1 of 1 ticked")]
    [InlineData("1. [x] Accessibility audit passed", true, "1 of 1 ticked")]
    [InlineData("- [ ] Accessibility audit passed", false, "0 of 1 ticked")]
    [InlineData("- [x] Accessibility audit passed with caveats", false, "0 of 1 ticked")]
    [InlineData("Accessibility audit passed", false, "0 of 1 ticked")]
    [InlineData("```\n- [x] Accessibility audit passed\n```", false, "0 of 1 ticked")]
    [InlineData("- [ ] Accessibility audit passed\n- [x] Accessibility audit passed", true, "1 of 1 ticked")]
    [InlineData("## Checks\n\n- [x] Security reviewed\n  - [x] Accessibility audit passed", true, "1 of 1 ticked")]
    public void Checklist_items_are_found_by_text_ignoring_case_and_must_be_ticked(string body, bool met, string found)
    {
        var result = Gate.Single(new ChecklistTicked(["Accessibility audit passed"]), Gate.Item(body: body));

        Assert.Equal((met, found), (result.Met, result.Found));
    }

    [Theory]
    [InlineData("- [ ] Research plan\n- [x] Users interviewed", "Tick `Research plan` in the description; add `- [x] Usability tested` to the description")]
    [InlineData("", "Add `- [x] Research plan` and `- [x] Users interviewed` and `- [x] Usability tested` to the description")]
    public void Unticked_and_missing_items_each_say_what_to_do(string body, string todo)
    {
        var result = Gate.Single(new ChecklistTicked(["Research plan", "Users interviewed", "Usability tested"]), Gate.Item(body: body));

        Assert.False(result.Met);
        Assert.Equal(todo, char.ToUpperInvariant(result.ToDo![0]) + result.ToDo[1..]);
    }
}
