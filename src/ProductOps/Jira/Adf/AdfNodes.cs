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

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdfParagraph), "paragraph")]
[JsonDerivedType(typeof(AdfHeading), "heading")]
[JsonDerivedType(typeof(AdfBulletList), "bulletList")]
[JsonDerivedType(typeof(AdfOrderedList), "orderedList")]
[JsonDerivedType(typeof(AdfListItem), "listItem")]
[JsonDerivedType(typeof(AdfCodeBlock), "codeBlock")]
[JsonDerivedType(typeof(AdfBlockquote), "blockquote")]
[JsonDerivedType(typeof(AdfRule), "rule")]
[JsonDerivedType(typeof(AdfTable), "table")]
[JsonDerivedType(typeof(AdfTableRow), "tableRow")]
[JsonDerivedType(typeof(AdfTableHeader), "tableHeader")]
[JsonDerivedType(typeof(AdfTableCell), "tableCell")]
[JsonDerivedType(typeof(AdfText), "text")]
[JsonDerivedType(typeof(AdfHardBreak), "hardBreak")]
public abstract record AdfNode;

public sealed record AdfParagraph(IReadOnlyList<AdfNode> Content) : AdfNode;

public sealed record AdfHeading(AdfHeadingAttrs Attrs, IReadOnlyList<AdfNode> Content) : AdfNode;

public sealed record AdfHeadingAttrs(int Level);

public sealed record AdfBulletList(IReadOnlyList<AdfNode> Content) : AdfNode;

/// <summary><see cref="Attrs"/> is only written when the list does not start at 1.</summary>
public sealed record AdfOrderedList(IReadOnlyList<AdfNode> Content, AdfOrderedListAttrs? Attrs = null) : AdfNode;

public sealed record AdfOrderedListAttrs(int Order);

/// <summary>ADF wants a paragraph (or code block) first in a list item; the converter guarantees it.</summary>
public sealed record AdfListItem(IReadOnlyList<AdfNode> Content) : AdfNode;

/// <summary>Text children carry no marks; an empty block has no content at all (text may not be empty).</summary>
public sealed record AdfCodeBlock(IReadOnlyList<AdfNode>? Content, AdfCodeBlockAttrs? Attrs = null) : AdfNode;

public sealed record AdfCodeBlockAttrs(string Language);

public sealed record AdfBlockquote(IReadOnlyList<AdfNode> Content) : AdfNode;

public sealed record AdfRule : AdfNode;

public sealed record AdfTable(IReadOnlyList<AdfNode> Content, AdfTableAttrs Attrs) : AdfNode;

public sealed record AdfTableAttrs(bool IsNumberColumnEnabled = false, string Layout = "default");

public sealed record AdfTableRow(IReadOnlyList<AdfNode> Content) : AdfNode;

public sealed record AdfTableHeader(IReadOnlyList<AdfNode> Content) : AdfNode;

public sealed record AdfTableCell(IReadOnlyList<AdfNode> Content) : AdfNode;

/// <summary>Text may not be empty in ADF; <see cref="Marks"/> is left out when there are none.</summary>
public sealed record AdfText(string Text, IReadOnlyList<AdfMark>? Marks = null) : AdfNode;

public sealed record AdfHardBreak : AdfNode;

/// <summary>
/// Text marks. <c>code</c> combines only with <c>link</c>; strong, em and strike never with code.
/// https://developer.atlassian.com/cloud/jira/platform/apis/document/marks/code/
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdfStrong), "strong")]
[JsonDerivedType(typeof(AdfEm), "em")]
[JsonDerivedType(typeof(AdfStrike), "strike")]
[JsonDerivedType(typeof(AdfCode), "code")]
[JsonDerivedType(typeof(AdfLink), "link")]
public abstract record AdfMark;

public sealed record AdfStrong : AdfMark;

public sealed record AdfEm : AdfMark;

public sealed record AdfStrike : AdfMark;

public sealed record AdfCode : AdfMark;

public sealed record AdfLink(AdfLinkAttrs Attrs) : AdfMark;

public sealed record AdfLinkAttrs(string Href);
