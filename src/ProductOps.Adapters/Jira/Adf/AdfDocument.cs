using System.Text.Json.Serialization;

namespace ProductOps.Jira.Adf;

// The subset of the Atlassian Document Format that Product Ops writes.
// https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
// Nodes carry their "type" as a System.Text.Json discriminator, written first as ADF expects.

/// <summary>The root node: <c>{"version":1,"type":"doc","content":[...]}</c>.</summary>
public sealed record AdfDocument(IReadOnlyList<AdfNode> Content)
{
    [JsonPropertyOrder(-2)]
    public int Version => 1;

    [JsonPropertyOrder(-1)]
    public string Type => "doc";
}
