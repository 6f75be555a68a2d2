namespace ProductOps.Gates;

/// <summary>Passed (every criterion met), conditional (only advisory misses) or failed (a required miss).</summary>
public enum GateStatus { Passed, Conditional, Failed }
