namespace ProductOps.Gates;

/// <summary>What happens when a required criterion is not met: a comment and a label, or also a revert.</summary>
public enum GateMode { Warn, Block }
