using System.Text.Json.Serialization;

namespace ProductOps.GitHub.Projects;

/// <summary>The parts of a <c>projects_v2_item</c> webhook payload Product Ops uses.</summary>
public sealed record ProjectsV2ItemPayload(
    string? Action,
    [property: JsonPropertyName("projects_v2_item")] ProjectsV2Item? Item,
    OrganizationRef? Organization,
    GitHubInstallation? Installation);
