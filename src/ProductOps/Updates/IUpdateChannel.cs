namespace ProductOps.Updates;

/// <summary>One way to deliver an update: tracker comments, Slack, Teams, a JSON webhook.</summary>
public interface IUpdateChannel
{
    bool Handles(UpdateTargetKind kind);

    /// <summary>The text syntax the channel shows, which decides how the template's text is escaped.</summary>
    TextDialect Dialect { get; }

    /// <param name="retry">True when an earlier attempt may have delivered it (a comment is looked for first).</param>
    Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct);
}
