namespace ProductOps.Templates;

/// <summary>What is wrong with a template and where (1-based line and column).</summary>
public sealed record TemplateError(string Path, int Line, int Column, string Message)
{
    /// <summary>Scriban's messages can quote the template; a log line stays readable and bounded.</summary>
    public const int MaxMessageLength = 500;

    public override string ToString() => $"{Path}({Line},{Column}): {Message}";

    internal static TemplateError At(string path, int line, int column, string message) =>
        new(path, line, column, message.Length <= MaxMessageLength ? message : message[..MaxMessageLength] + "…");
}
