namespace ProductOps.WorkItems;

/// <summary>
/// A marked comment's id and content hash. <see cref="CreationStarted"/> is set before a create so
/// that a crash between the create and saving its id makes the next attempt look for it first.
/// </summary>
public sealed record CommentRecord(string? Id, string? ContentHash, bool CreationStarted = false)
{
    /// <summary>When the last create began, so an uncertain create is given time to land before it is repeated.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public static CommentRecord None { get; } = new(null, null);
}
