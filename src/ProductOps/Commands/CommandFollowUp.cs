using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// Scoring the item again after its commands, planned as an event would be (<see cref="ItemPlanner"/>):
/// the phase label first when <c>/phase</c> asks for one, then the item plan's writes.
/// </summary>
/// <param name="Item">The item as read back from the tracker, with the phase label and its card.</param>
/// <param name="Plan">The item's plan over the row the commands left; null when the item is not to be scored (a newer snapshot was applied).</param>
/// <param name="Explanation">The score breakdown for <c>/score explain</c>, or null.</param>
public sealed record CommandFollowUp(WorkItem Item, IReadOnlyList<PlannedWrite> Writes, ItemPlan? Plan, string? Explanation);
