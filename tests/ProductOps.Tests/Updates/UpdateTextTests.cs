using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>Untrusted text made inert per channel, and the helpers templates use for links, bold and mentions.</summary>
public sealed class UpdateTextTests
{
    [Theory]
    [InlineData("Plain title", TextDialect.Slack, "Plain title")]
    [InlineData("Fish & <chips>", TextDialect.Slack, "Fish &amp; &lt;chips&gt;")]
    [InlineData("<!channel> ping", TextDialect.Slack, "&lt;!channel&gt; ping")]
    [InlineData("hi <@U024BE7LH>", TextDialect.Slack, "hi &lt;@\u200BU024BE7LH&gt;")]
    [InlineData("@here now", TextDialect.Slack, "@\u200Bhere now")]
    [InlineData("@octocat", TextDialect.Markdown, "@\u200Boctocat")]
    [InlineData("[x](https://evil)", TextDialect.Markdown, "\\[x\\]\\(https://evil\\)")]
    [InlineData("<img src=x>", TextDialect.Markdown, "\\<img src=x\\>")]
    [InlineData("a*b_c`d", TextDialect.Markdown, "a\\*b\\_c\\`d")]
    [InlineData("line\nbreak", TextDialect.Markdown, "line break")]
    [InlineData("<at>Mona</at>", TextDialect.Teams, "<\u200Bat\\>Mona<\u200B/at\\>")]
    [InlineData("**loud**", TextDialect.Teams, "\\*\\*loud\\*\\*")]
    public void Untrusted_text_is_escaped_for_its_channel(string text, TextDialect dialect, string expected) =>
        Assert.Equal(expected, UpdateText.Escape(text, dialect));

    [Theory]
    [InlineData("https://github.com/o/r/issues/1", TextDialect.Markdown, "[t](https://github.com/o/r/issues/1)")]
    [InlineData("https://github.com/o/r/issues/1", TextDialect.Slack, "<https://github.com/o/r/issues/1|t>")]
    [InlineData("https://example.com/a|b>c", TextDialect.Slack, "<https://example.com/a%7Cb%3Ec|t>")]
    [InlineData("https://example.com/(x)", TextDialect.Teams, "[t](https://example.com/%28x%29)")]
    [InlineData("javascript:alert(1)", TextDialect.Markdown, "t")]
    [InlineData("", TextDialect.Slack, "t")]
    public void Links_are_written_in_the_channels_syntax_and_only_for_web_addresses(string url, TextDialect dialect, string expected) =>
        Assert.Equal(expected, UpdateText.Link(url, "t", dialect));

    [Theory]
    [InlineData("mona", true, "@mona")]
    [InlineData("mona", false, "mona")]
    [InlineData("not a login", true, "not a login")]
    [InlineData("-bad", true, "-bad")]
    public void A_mention_is_written_only_where_it_works_and_only_for_a_valid_login(string name, bool mentions, string expected) =>
        Assert.Equal(expected, UpdateText.Mention(name, TextDialect.Markdown, mentions));
}
