namespace ProductOps.Updates;

/// <summary>What <c>updates-poison</c> keeps of an update that could not be delivered: why, the text, and the update itself.</summary>
public sealed record PoisonedUpdate(string Reason, long Attempts, DateTimeOffset At, string? Rendered, UpdateMessage Update)
{
    /// <summary>The text <c>updates-poison</c> keeps.</summary>
    public string ToQueueText() => System.Text.Json.JsonSerializer.Serialize(this, UpdatesJson.Default.PoisonedUpdate);
}
