namespace ProductOps.Cli;

public sealed record JiraBackfillOptions(string Project, bool DryRun, bool Restart, int PageSize);
