namespace ProductOps.Templates;

/// <summary>What a template rendered, or the error (with its place) that stopped it.</summary>
public sealed record TemplateRenderResult(string? Text, TemplateError? Error);
