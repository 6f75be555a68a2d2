namespace ProductOps.Cli;

public sealed record ProjectBackfillOptions(string Owner, int Number, bool DryRun, bool Restart, long? Installation = null);
