namespace ProductOps.Scoring;

/// <summary>The prioritisation models Product Ops can score with (docs/configuration.md, "Models").</summary>
public enum ScoringModel { Rice, Wsjf, Ice, ValueEffort }
