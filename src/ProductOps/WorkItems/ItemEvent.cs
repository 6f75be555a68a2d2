namespace ProductOps.WorkItems;

/// <summary>A delivery about one work item. <paramref name="Scope"/> says where to write (e.g. the installation id).</summary>
public sealed record ItemEvent(WorkItem Item, string EventName, string Action, string? Scope) : EventReading
{
    /// <summary>Labels this event added (GitHub <c>labeled</c>: the payload's <c>label</c>); null when the event does not say.</summary>
    public IReadOnlyList<string>? AddedLabels { get; init; }

    /// <summary>Labels this event removed (GitHub <c>unlabeled</c>); null when the event does not say.</summary>
    public IReadOnlyList<string>? RemovedLabels { get; init; }
}
