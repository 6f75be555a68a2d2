namespace ProductOps.Commands;

/// <summary>A comment that may hold commands: its tracker id, author (login or Jira account id), text and time.</summary>
public sealed record PostedComment(string Id, string Author, string Body, DateTimeOffset At, bool ByBot = false);
