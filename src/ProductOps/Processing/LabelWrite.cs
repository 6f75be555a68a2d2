namespace ProductOps.Processing;

/// <summary>Adds a label to the item, or removes it (<see cref="Add"/> false).</summary>
public sealed record LabelWrite(string Label, bool Add) : PlannedWrite
{
    public override string ToString() => Add ? $"add label(s) {Label}" : $"remove label {Label}";
}
