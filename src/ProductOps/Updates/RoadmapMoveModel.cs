namespace ProductOps.Updates;

public sealed record RoadmapMoveModel(ItemModel Item, string? From, string? To);
