namespace ProductOps.Scoring;

/// <summary>A value that lost to the preferred source: where it was (<paramref name="Via"/> <paramref name="Origin"/>) and its raw text.</summary>
public sealed record OverruledInput(string Via, string Origin, string Raw);
