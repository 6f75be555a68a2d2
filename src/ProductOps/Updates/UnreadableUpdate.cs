namespace ProductOps.Updates;

/// <summary>What <c>updates-poison</c> keeps of a message that was not an update at all.</summary>
public sealed record UnreadableUpdate(string Reason, string Message)
{
    /// <summary>The text <c>updates-poison</c> keeps.</summary>
    public string ToQueueText() => System.Text.Json.JsonSerializer.Serialize(this, UpdatesJson.Default.UnreadableUpdate);
}
