using ProductOps.Outcomes;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>
/// What a comment's command lines decided (<see cref="CommandPlanner.Decide"/>): the row they leave (estimates,
/// outcome, the once-only log), each line's answer, the KPI readings to record, and what should follow.
/// </summary>
/// <param name="Follow">The follow-ups the lines that worked ask for: <see cref="CommandAnswer.Rescore"/>, <see cref="CommandAnswer.Explain"/>, <see cref="CommandAnswer.Phase"/>, <see cref="CommandAnswer.Roadmap"/>.</param>
public sealed record CommandDecision(ItemRecord Row, IReadOnlyList<CommandReply.Answer> Answers, IReadOnlyList<KpiValue> Kpis, CommandAnswer Follow)
{
    /// <summary>Scoring the item again (and its gate) follows: a command asked to score it or to move its phase.</summary>
    public bool Reapplies => Follow.Rescore || Follow.Phase is not null;
}
