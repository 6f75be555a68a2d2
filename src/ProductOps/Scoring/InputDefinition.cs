namespace ProductOps.Scoring;

/// <summary>One input a model declares: its config key, display name, scale and default sources.</summary>
public sealed record InputDefinition(
    string Key, string Name, InputScale Scale, string DefaultLabelPrefix, string DefaultField, string Example, string Meaning);
