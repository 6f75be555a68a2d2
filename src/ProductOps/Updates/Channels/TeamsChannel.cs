using System.Text.Json;

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
