using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Updates.Channels;

/// <summary>
/// A Microsoft Teams workflow webhook ("Post to a channel when a webhook request is received"):
/// workflows take Adaptive Cards only, wrapped as <c>{"type":"message","attachments":[{"contentType":
/// "application/vnd.microsoft.card.adaptive","content":{AdaptiveCard}}]}</c>. Each line becomes a
/// TextBlock (Adaptive Card Markdown has no headings, so a "#" line is shown larger and bold).
/// Mentions in a card need <c>&lt;at&gt;</c> tags and <c>msteams.entities</c>; we send neither.
/// https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
/// </summary>
public sealed class TeamsChannel(WebhookPoster poster) : IUpdateChannel
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public TextDialect Dialect => TextDialect.Teams;

    public bool Handles(UpdateTargetKind kind) => kind == UpdateTargetKind.Teams;

    public Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct) =>
        poster.PostAsync("Teams", update, JsonSerializer.SerializeToUtf8Bytes(Payload(text), ChannelJson.Default.TeamsMessage), null, ct);

    public static TeamsMessage Payload(string text)
    {
        var blocks = new List<TeamsTextBlock>();
        var gap = false;
        foreach (var raw in text.Trim().Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                gap = true;
                continue;
            }

            var heading = line.StartsWith('#');
            blocks.Add(new TeamsTextBlock(heading ? line.TrimStart('#').Trim() : line)
            {
                Weight = heading ? "Bolder" : null,
                Size = heading ? "Medium" : null,
                Spacing = blocks.Count == 0 ? null : gap || heading ? "Medium" : "None",
            });
            gap = false;
        }

        var card = new AdaptiveCard(blocks);
        return new TeamsMessage("message", [new TeamsAttachment(CardContentType, null, card)]);
    }
}

public sealed record TeamsMessage(string Type, IReadOnlyList<TeamsAttachment> Attachments);

public sealed record TeamsAttachment(string ContentType, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContentUrl, AdaptiveCard Content);

public sealed record AdaptiveCard(IReadOnlyList<TeamsTextBlock> Body)
{
    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    public string Version => "1.4";
}

public sealed record TeamsTextBlock(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextBlock";

    public bool Wrap => true;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Weight { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Size { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Spacing { get; init; }
}
