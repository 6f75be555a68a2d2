using System.Net;
using System.Text;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hostile;

/// <summary>
/// A corpus of deliveries nobody should send. Each gets a clear answer (or a clear log line once
/// queued), never a crash or an exception in the response, and nothing valid is lost.
/// </summary>
public sealed class HostileDeliveryTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private static readonly string Opened = GitHubDeliveries.Load("issues.opened").ToJsonString();

    public static TheoryData<string, byte[], string, HttpStatusCode> Corpus() => new()
    {
        { "truncated JSON", Encoding.UTF8.GetBytes(Opened[..100]), "application/json", HttpStatusCode.BadRequest },
        { "a JSON string, not an object", Encoding.UTF8.GetBytes("\"issues\""), "application/json", HttpStatusCode.BadRequest },
        { "an empty body", [], "application/json", HttpStatusCode.BadRequest },
        { "nesting 10,000 deep", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "application/json", HttpStatusCode.BadRequest },
        { "invalid UTF-8", [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'], "application/json", HttpStatusCode.BadRequest },
        { "XML", Encoding.UTF8.GetBytes("<issue/>"), "application/xml", HttpStatusCode.BadRequest },
        { "a form without payload", Encoding.UTF8.GetBytes("data=%7B%7D"), "application/x-www-form-urlencoded", HttpStatusCode.BadRequest },
        { "odd Unicode in the title", Encoding.UTF8.GetBytes(Opened.Replace("Spelling error in the README file", "\u202Eeman\u200B\uFEFF 🚀 \\u0000 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")), "application/json", HttpStatusCode.Accepted },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Each_hostile_body_gets_a_clear_answer(string what, byte[] body, string contentType, HttpStatusCode expected)
    {
        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", body, RunningApp.Secret, contentType: contentType));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{what}: {response.StatusCode} {text}");
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Theory]
    [InlineData("zen_garden", "issues.opened")]
    [InlineData("issues", "issues.transferred")]
    [InlineData("pull_request", "issues.opened")]
    public async Task Unknown_events_and_actions_are_acknowledged_then_ignored_with_a_log_line(string eventName, string fixture)
    {
        var delivery = Guid.NewGuid().ToString();

        var response = await env.App.Client.SendAsync(GitHubDeliveries.Request(eventName, GitHubDeliveries.Load(fixture), RunningApp.Secret, delivery));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains($"Ignored github {eventName} delivery {delivery}")), "the ignore is logged");
    }

    [Fact]
    public async Task A_payload_of_the_wrong_shape_goes_to_the_poison_queue_at_once_with_its_reason()
    {
        var poisonBefore = await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue));

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", Encoding.UTF8.GetBytes("""{"action":"opened","issue":{"number":"not a number"}}"""), RunningApp.Secret));

        await Eventually.HoldsAsync(async () => await env.MessagesIn(StorageNames.PoisonQueue(StorageNames.EventsQueue)) == poisonBefore + 1, "the message is set aside");
        // The runner logs the move after the put lands, so the line may trail the count by a moment.
        await Eventually.HoldsAsync(() => env.App.Logs.Lines.Any(l => l.Contains("Moved an unprocessable message") && l.Contains("not a GitHub issues payload")),
            "the reason is logged with the move");
    }

    [Fact]
    public async Task Hostile_titles_bodies_and_labels_never_reach_the_comment_as_mentions_html_or_template_code()
    {
        var payload = GitHubDeliveries.Labeled("octo-org/hostile", 1, ["reach:500", "impact:@org/team", "confidence:80%", "effort:<script>alert(1)</script>"]);
        payload["issue"]!["title"] = "@org/team <img src=x onerror=alert(1)> {{ 7 * 7 }}";
        payload["issue"]!["body"] = "### Reach\n\n{{ for x in 1..1000000000 }}x{{ end }}\n\n### Effort\n\n@octocat";

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));

        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/hostile", 1).Count == 1, "the comment is written");
        var comment = env.GitHub.CommentsOn("octo-org/hostile", 1)[0].Body;
        Assert.DoesNotContain("@org/team", comment);
        Assert.DoesNotContain("<img", comment);
        Assert.DoesNotContain("49", comment);
        Assert.Contains("needs scoring", comment);
        // Label text may be quoted, but only inside code spans: rendered, it is text, never markup.
        var html = Markdig.Markdown.ToHtml(comment.Split('\n', 2)[1]);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
