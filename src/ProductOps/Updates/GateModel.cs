namespace ProductOps.Updates;

/// <summary>A gate result: the phase it guards, passed / conditional / failed, and whether the move was reverted.</summary>
public sealed record GateModel(string Phase, string Status, string? From, bool Reverted);
