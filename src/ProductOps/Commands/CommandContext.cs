using ProductOps.Configuration;
using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>What a command sees: the item's board-index row, the configuration, and the comment it came from.</summary>
public sealed record CommandContext(ItemRecord Record, ProductOpsConfig Config, PostedComment Comment);
