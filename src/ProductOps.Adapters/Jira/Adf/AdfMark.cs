using System.Text.Json.Serialization;

namespace ProductOps.Jira.Adf;

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
