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

/// <summary>Every label (<paramref name="AnyOf"/> false) or at least one label (true) must be on the item.</summary>
public sealed record LabelsRequired(IReadOnlyList<string> Labels, bool AnyOf) : GateCriterion;

/// <summary>None of the labels may be on the item.</summary>
public sealed record LabelsForbidden(IReadOnlyList<string> Labels) : GateCriterion;

/// <summary>The item has a score from scoring and, when <paramref name="Min"/> is set, at least that score.</summary>
public sealed record ScoreRequired(double? Min) : GateCriterion;

/// <summary>Each task-list item (<c>- [x] text</c>) in the body is present and ticked; matched by text, ignoring case.</summary>
public sealed record ChecklistTicked(IReadOnlyList<string> Items) : GateCriterion;

/// <summary>The item spent at least <paramref name="Days"/> in the phase it leaves.</summary>
public sealed record MinimumDaysInPreviousPhase(double Days) : GateCriterion;

/// <summary>The item may not jump forward over a phase (moving back is never a skip).</summary>
public sealed record NoSkipping : GateCriterion;
