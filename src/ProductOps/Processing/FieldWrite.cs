using System.Globalization;

namespace ProductOps.Processing;

/// <summary>Sets the tracker's number field (Jira's <c>scoring.score-field</c>) to a value, or clears it with null.</summary>
public sealed record FieldWrite(string Field, double? Value) : PlannedWrite
{
    public override string ToString() => $"set field '{Field}' to {Value?.ToString(CultureInfo.InvariantCulture) ?? "(empty)"}";
}
