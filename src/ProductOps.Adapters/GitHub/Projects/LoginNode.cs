namespace ProductOps.GitHub.Projects;

public sealed record LoginNode(string Login);
