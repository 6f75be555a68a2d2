namespace ProductOps.Updates;

public sealed record PhaseMoveModel(ItemModel Item, string? From, string To, string At);
