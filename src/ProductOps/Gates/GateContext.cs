using ProductOps.WorkItems;

namespace ProductOps.Gates;

/// <summary>
/// What a gate is checked against: the item as it is now, its score, the phase it enters, the phase it
/// leaves (with when it entered it, from the phase history) and the time to measure that stay up to.
/// </summary>
public sealed record GateContext(WorkItem Item, double? Score, string Target, PhaseChange? Previous, DateTimeOffset At);
