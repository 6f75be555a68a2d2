namespace ProductOps.Scoring;

/// <summary>The prioritisation models Product Ops can score with (docs/configuration.md, "Models").</summary>
public enum ScoringModel { Rice, Wsjf, Ice, ValueEffort }

/// <summary>How ICE combines its three 1-10 inputs.</summary>
public enum IceMode { Product, Mean }

/// <summary>Which source wins when a label and a field both give a value for the same input.</summary>
public enum SourcePrecedence { Label, Field }

/// <summary>Where an input value came from.</summary>
public enum InputSourceKind { Label, Field, Estimate }
