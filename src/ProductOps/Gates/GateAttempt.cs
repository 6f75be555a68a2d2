using ProductOps.WorkItems;

namespace ProductOps.Gates;

/// <summary>
/// The last gate checked for an item, kept in the board index so a later change to its labels or
/// checklist re-checks the same gate against the same starting point: the phase it guards, the phase
/// left (with when it was entered), when the phase label was added, whether the move was reverted,
/// and which older phase labels were removed for it.
/// </summary>
public sealed record GateAttempt(string Phase, PhaseChange? From, DateTimeOffset At, bool Reverted, IReadOnlyList<string> RemovedLabels)
{
    /// <summary>Time in the previous phase runs until the move, or on until now while a reverted item is still in it.</summary>
    public DateTimeOffset MeasuredAt(DateTimeOffset now) => Reverted ? now : At;
}
