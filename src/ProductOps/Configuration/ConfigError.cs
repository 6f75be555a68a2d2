namespace ProductOps.Configuration;

/// <summary>What is wrong (<paramref name="Message"/>, Markdown with user text escaped), where (1-based line and column in <paramref name="Path"/>) and what is expected.</summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message, string Expected);
