namespace ProductOps.Outcomes;

/// <summary>
/// What an item achieved once live, recorded by <c>/outcome</c>: the text as written, its number when it
/// is one (so estimated value can be set against realised value), who said it, when, and from which
/// comment (a redelivered or edited comment is not recorded again).
/// </summary>
public sealed record MeasuredOutcome(string Text, double? Value, string Author, DateTimeOffset At, string CommentId);
