namespace ProductOps.Outcomes;

/// <summary>
/// What an item achieved once live, recorded by <c>/outcome</c>: the text as written, its number when it
/// is one (so estimated value can be set against realised value), who said it, when, and from which
/// comment (a redelivered or edited comment is not recorded again).
/// </summary>
public sealed record MeasuredOutcome(string Text, double? Value, string Author, DateTimeOffset At, string CommentId);

/// <summary>One KPI reading, recorded by <c>/kpi</c> (or read from an endpoint): the value, when, by whom, from which comment.</summary>
public sealed record KpiValue(string GoalId, double Value, DateTimeOffset At, string Author, string SourceId);
