namespace ProductOps.WorkItems;

/// <summary>The configuration of a repository or project changed: reload it now, so errors are reported at once.</summary>
public sealed record ConfigurationChanged(string Container, string? Scope) : EventReading;
