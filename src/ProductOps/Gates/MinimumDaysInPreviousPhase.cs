namespace ProductOps.Gates;

/// <summary>The item spent at least <paramref name="Days"/> in the phase it leaves.</summary>
public sealed record MinimumDaysInPreviousPhase(double Days) : GateCriterion;
