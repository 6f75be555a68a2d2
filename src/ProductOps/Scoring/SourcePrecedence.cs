namespace ProductOps.Scoring;

/// <summary>Which source wins when a label and a field both give a value for the same input.</summary>
public enum SourcePrecedence { Label, Field }
