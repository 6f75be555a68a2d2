namespace ProductOps.Jira;

/// <summary><c>Jira:Projects:&lt;KEY&gt;:*</c>: one of <see cref="Config"/> or <see cref="ConfigPath"/>.</summary>
public sealed class JiraProjectSettings
{
    /// <summary>The project's <c>product-ops.yml</c> content, same schema as docs/configuration.md.</summary>
    public string? Config { get; set; }

    /// <summary>A path to that YAML file instead.</summary>
    public string? ConfigPath { get; set; }
}
