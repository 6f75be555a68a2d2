namespace ProductOps.Configuration;

public sealed record ConfigLoadResult(ProductOpsConfig? Config, IReadOnlyList<ConfigError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
