namespace ProductOps.Configuration;

/// <summary>One layer's file: a readable path such as "octo/.github:.github/product-ops.yml" and its text.</summary>
public sealed record ConfigSource(string Path, string Text);
