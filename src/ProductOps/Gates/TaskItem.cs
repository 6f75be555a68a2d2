namespace ProductOps.Gates;

/// <summary>A task-list item of an issue body: its text (formatting removed) and whether it is ticked.</summary>
public sealed record TaskItem(string Text, bool Ticked);
