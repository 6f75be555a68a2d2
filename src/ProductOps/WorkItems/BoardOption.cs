namespace ProductOps.WorkItems;

public sealed record BoardOption(string Id, string Name);
