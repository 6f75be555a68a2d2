namespace ProductOps.GitHub.Projects;

// The GraphQL answers' "data", as far as Product Ops reads them.
// https://docs.github.com/graphql/reference/objects#projectv2item

public sealed record ProjectItemData(ProjectItemNode? Node);
