namespace ProductOps.Roadmap;

/// <summary>One horizon's rule: phase names and milestone titles match case-insensitively; <paramref name="MinScore"/> null means no score rule.</summary>
public sealed record HorizonRule(IReadOnlyList<string> Phases, IReadOnlyList<string> Milestones, double? MinScore);
