namespace ProductOps.Scoring;

/// <summary>Where an input value came from.</summary>
public enum InputSourceKind { Label, Field, Estimate }
