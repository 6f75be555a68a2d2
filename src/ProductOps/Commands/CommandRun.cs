using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>What running a comment's commands came to, and whether the roadmap is to be refreshed now rather than debounced.</summary>
/// <param name="Scored">The row saved when the commands scored the item again (it then carries the snapshot's fingerprint).</param>
/// <param name="Card">The item's project card when it was scored again: the roadmaps built from that project are refreshed.</param>
public sealed record CommandRun(ProcessingOutcome Outcome, bool RefreshRoadmapNow = false, ItemRecord? Scored = null, BoardCard? Card = null);
