namespace ProductOps.Roadmap;

public enum RefreshOutcome { NoTargets, Unchanged, Written }
