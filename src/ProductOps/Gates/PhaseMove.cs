namespace ProductOps.Gates;

public enum PhaseMove { Stay, Enter, Leave }
