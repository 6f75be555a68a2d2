namespace ProductOps.GitHub.Projects;

/// <summary>A named GraphQL document; queries select <c>rateLimit { cost remaining resetAt }</c>, mutations cannot.</summary>
public sealed record GraphQlOperation(string Name, string Text)
{
    public bool IsMutation => Text.TrimStart().StartsWith("mutation", StringComparison.Ordinal);
}
