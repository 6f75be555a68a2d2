using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// What a command decided: the new row, a KPI value to record, and an answer. An empty answer that is
/// <see cref="Ok"/> is a plain acknowledgement (a reaction); anything else is written in the reply comment.
/// </summary>
public sealed record CommandAnswer(bool Ok, string Text, ItemRecord Record, KpiValue? Kpi = null)
{
    /// <summary>Score the item again now, with the row this answer leaves (e.g. a new estimate).</summary>
    public bool Rescore { get; init; }

    /// <summary>Answer with the score breakdown after scoring (<c>/score explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>A phase to move to through its gate, as its label would (<c>/phase beta</c>).</summary>
    public string? Phase { get; init; }

    /// <summary>Refresh the roadmap now rather than after the debounce window (<c>/roadmap</c>).</summary>
    public bool Roadmap { get; init; }

    public static CommandAnswer Acknowledged(ItemRecord record, KpiValue? kpi = null) => new(true, "", record, kpi);

    public static CommandAnswer Invalid(ItemRecord record, string text) => new(false, text, record);
}
