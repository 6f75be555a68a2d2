namespace ProductOps.Gates;

public sealed record GateResult(string Phase, GateStatus Status, IReadOnlyList<CriterionResult> Criteria);
