namespace ProductOps.WorkItems;

public abstract record EventReading;
