namespace ProductOps.WorkItems;

public enum ItemState { Open, Closed, Deleted }
