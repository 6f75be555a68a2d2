using ProductOps.Processing;

namespace ProductOps.Commands;

/// <summary>What running a comment's commands came to, and whether the roadmap is to be refreshed now rather than debounced.</summary>
public sealed record CommandRun(ProcessingOutcome Outcome, bool RefreshRoadmapNow = false);
