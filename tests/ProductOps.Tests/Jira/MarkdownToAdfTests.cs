using System.Text.Json;
using System.Text.Json.Nodes;
using ProductOps.Jira;
using ProductOps.Jira.Adf;

namespace ProductOps.Tests.Jira;

/// <summary>
/// Golden files: Fixtures/adf/NAME.md next to the reviewed ADF it must become, NAME.json.
/// A mismatch writes NAME.received.json beside the golden and fails; to accept an intended change, copy the
/// .received file over NAME.json (<see cref="Infrastructure.Golden"/>).
/// </summary>
public sealed class MarkdownToAdfTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Fixture.Path("adf"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markdown_converts_to_the_reviewed_adf(string name)
    {
        var actual = Serialize(MarkdownToAdf.Convert(Fixture.Read("adf", $"{name}.md")));

        Infrastructure.Golden.AssertMatches(Path.Combine("adf", $"{name}.json"), actual + "\n", json => JsonNode.Parse(json)!.ToJsonString(Indented));
    }

    [Fact]
    public void A_document_has_version_1_and_type_doc_first()
    {
        var json = JsonSerializer.Serialize(MarkdownToAdf.Convert("hi"), JiraJson.Options);
        Assert.Equal("""{"version":1,"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"hi"}]}]}""", json);
    }

    [Theory]
    [InlineData("<!-- product-ops:score -->")]
    [InlineData("<details><summary>x</summary></details>")]
    [InlineData("a <span>b</span> c")]
    public void Raw_html_never_reaches_the_output_as_text(string markdown)
    {
        var json = JsonSerializer.Serialize(MarkdownToAdf.Convert(markdown), JiraJson.Options);
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain("product-ops", json);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Serialize(AdfDocument document) =>
        JsonNode.Parse(JsonSerializer.Serialize(document, JiraJson.Options))!.ToJsonString(Indented);
}
