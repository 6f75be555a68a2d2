namespace ProductOps.Updates;

/// <summary>The model of phase-changed, gate-passed and gate-failed.</summary>
public sealed record AnnouncementModel(string Repository, string Provider, ItemModel Item, PhaseModel? Phase, GateModel? Gate);
