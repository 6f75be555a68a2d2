using ProductOps.WorkItems;

namespace ProductOps.Roadmap;

/// <summary>The project field a roadmap groups by: its name as the project spells it, its kind, and a single select's options in order.</summary>
public sealed record RoadmapGroupField(string Name, BoardFieldKind Kind, IReadOnlyList<string> Options);
