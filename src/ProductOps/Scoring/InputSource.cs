namespace ProductOps.Scoring;

/// <summary>Labels starting with <paramref name="LabelPrefix"/> (e.g. "impact:") and the field named <paramref name="Field"/> give an input.</summary>
public sealed record InputSource(string LabelPrefix, string Field);
