namespace ProductOps.GitHub.Projects;

public sealed record OrganizationRef(string Login);
