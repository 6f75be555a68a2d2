using System.Text.Json.Serialization;

namespace ProductOps.Jira.Adf;

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
