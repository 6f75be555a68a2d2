namespace ProductOps.WorkItems;

public enum BoardFieldKind { Number, SingleSelect, Iteration, Date, Text, Other }
