namespace ProductOps.Cli;

public sealed record BackfillOptions(string? Repository, bool DryRun, bool Restart, int PageSize, long? Installation = null);
