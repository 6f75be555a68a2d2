using ProductOps.WorkItems;

namespace ProductOps.Commands;

/// <summary>A new or edited comment on an item, read from a delivery. <paramref name="Scope"/> says where to write.</summary>
public sealed record CommentEvent(WorkItem Item, PostedComment Comment, string Action, string? Scope) : EventReading;
