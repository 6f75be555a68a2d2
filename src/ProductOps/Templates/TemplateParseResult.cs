namespace ProductOps.Templates;

/// <summary>A parsed template, or the errors that keep it from ever being rendered.</summary>
public sealed record TemplateParseResult(SandboxedTemplate? Template, IReadOnlyList<TemplateError> Errors);
