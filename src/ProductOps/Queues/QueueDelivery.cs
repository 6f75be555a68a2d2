using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProductOps.Queues;

/// <summary>
/// One queue message as a trigger hands it over. A deferred copy is a new message (dequeue count
/// 1 again), so it carries how often it was deferred in a <c>deferrals</c> property; the attempt
/// number a handler counts with is then the deferrals plus the host's dequeue count.
/// </summary>
public sealed record QueueDelivery(string Queue, string Text, long DequeueCount)
{
    public const string DeferralsProperty = "deferrals";

    public int Deferrals { get; } = ReadDeferrals(Text);

    /// <summary>1 on the first try; each deferral and each failed invocation adds one.</summary>
    public long Attempt => Deferrals + DequeueCount;

    /// <summary>The text of the copy that goes back on the queue after a deferral; null when the message is not a JSON object.</summary>
    public string? NextDeferral()
    {
        try
        {
            if (JsonNode.Parse(Text) is not JsonObject message)
            {
                return null;
            }
            message[DeferralsProperty] = Deferrals + 1;
            return message.ToJsonString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int ReadDeferrals(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(DeferralsProperty, out var value)
                && value.TryGetInt32(out var deferrals) && deferrals > 0 ? deferrals : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
