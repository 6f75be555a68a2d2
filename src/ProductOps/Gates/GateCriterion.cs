namespace ProductOps.Gates;

/// <summary>
/// One condition a gate checks. <see cref="Description"/> says what it stands for (for example a
/// GOV.UK Service Standard point); an advisory criterion (<see cref="Required"/> false) that is not
/// met makes the pass "conditional" rather than failing the gate.
/// </summary>
public abstract record GateCriterion
{
    /// <summary>Human text from the configuration; null gives a sentence built from the criterion itself.</summary>
    public string? Description { get; init; }

    public bool Required { get; init; } = true;
}
