namespace ProductOps.Processing;

public enum ProcessingOutcome { Applied, Ignored, Stale }
