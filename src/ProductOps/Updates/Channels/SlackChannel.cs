using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProductOps.Updates.Channels;

/// <summary>
/// A Slack incoming webhook: <c>{"text": fallback, "blocks": [section, ...]}</c>, each section's mrkdwn
/// at most 3,000 characters (Slack refuses longer ones with 400), at most 50 blocks.
/// The text arrives already escaped for Slack (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), so no
/// <c>&lt;!channel&gt;</c> or <c>&lt;@U…&gt;</c> from an issue title can notify anyone.
/// https://api.slack.com/messaging/webhooks, https://api.slack.com/reference/surfaces/formatting#escaping
/// </summary>
public sealed class SlackChannel(WebhookPoster poster) : IUpdateChannel
{
    public const int MaxSectionLength = 3000;
    public const int MaxBlocks = 50;

    public TextDialect Dialect => TextDialect.Slack;

    public bool Handles(UpdateTargetKind kind) => kind == UpdateTargetKind.Slack;

    public Task SendAsync(UpdateMessage update, string text, bool retry, CancellationToken ct) =>
        poster.PostAsync("Slack", update, JsonSerializer.SerializeToUtf8Bytes(Payload(text), ChannelJson.Default.SlackMessage), null, ct);

    public static SlackMessage Payload(string text)
    {
        var summary = TextChunks.FirstLine(text, 150);
        // mrkdwn has no headings: a "#" line is shown bold instead.
        text = string.Join("\n", text.Split('\n').Select(l => l.StartsWith('#') ? $"*{l.TrimStart('#').Trim()}*" : l));
        var sections = TextChunks.Split(text, MaxSectionLength).Take(MaxBlocks)
            .Select(chunk => new SlackBlock("section", new SlackText("mrkdwn", chunk)))
            .ToList();
        return new SlackMessage(summary, sections);
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(TeamsMessage))]
[JsonSerializable(typeof(WebhookUpdate))]
internal sealed partial class ChannelJson : JsonSerializerContext;
