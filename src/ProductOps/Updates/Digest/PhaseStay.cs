namespace ProductOps.Updates.Digest;

public sealed record PhaseStay(string Phase, DateTimeOffset Entered, DateTimeOffset? Left);
