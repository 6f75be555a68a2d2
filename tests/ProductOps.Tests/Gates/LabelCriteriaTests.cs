using ProductOps.Gates;

namespace ProductOps.Tests.Gates;

public sealed class LabelCriteriaTests
{
    [Theory]
    [InlineData("research:done,design:done", "research:done,design:done,bug", true, null)]
    [InlineData("research:done,design:done", "RESEARCH:DONE,Design:Done", true, null)]
    [InlineData("research:done,design:done", "research:done", false, "Add `design:done`")]
    [InlineData("research:done,design:done", "", false, "Add `research:done` and `design:done`")]
    public void All_of_needs_every_label_ignoring_case(string required, string labels, bool met, string? todo)
    {
        var result = Gate.Single(new LabelsRequired(Gate.Split(required), AnyOf: false), Gate.Item(labels));

        Assert.Equal(met, result.Met);
        Assert.Equal(todo, Capitalized(result.ToDo));
    }

    [Theory]
    [InlineData("team:web,team:api", "team:api", true, "`team:api` present")]
    [InlineData("team:web,team:api", "team:web,team:api", true, "`team:web` and `team:api` present")]
    [InlineData("team:web,team:api", "bug", false, "none present")]
    public void Any_of_needs_at_least_one_label(string anyOf, string labels, bool met, string found)
    {
        var result = Gate.Single(new LabelsRequired(Gate.Split(anyOf), AnyOf: true), Gate.Item(labels));

        Assert.Equal((met, found), (result.Met, result.Found));
        Assert.Equal(met, result.ToDo is null);
    }

    [Theory]
    [InlineData("blocked,wontfix", "bug", true, null)]
    [InlineData("blocked,wontfix", "Blocked", false, "remove `Blocked`")]
    [InlineData("blocked,wontfix", "wontfix,blocked", false, "remove `wontfix` and `blocked`")]
    public void Forbidden_labels_must_all_be_absent(string forbidden, string labels, bool met, string? todo)
    {
        var result = Gate.Single(new LabelsForbidden(Gate.Split(forbidden)), Gate.Item(labels));

        Assert.Equal((met, todo), (result.Met, result.ToDo));
    }

    [Fact]
    public void Label_text_never_mentions_anyone_in_the_comment_text()
    {
        var result = Gate.Single(new LabelsRequired(["@octo/owners"], AnyOf: false), Gate.Item());

        Assert.Contains("`@\u200Bocto/owners`", result.ToDo, StringComparison.Ordinal);
    }

    private static string? Capitalized(string? text) => text is null ? null : char.ToUpperInvariant(text[0]) + text[1..];
}
