using ProductOps.Configuration;
using ProductOps.Tests.Configuration;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>The <c>updates:</c> section: defaults, every key, and one fixture per mistake with its place.</summary>
public sealed class UpdatesConfigTests
{
    [Fact]
    public void Without_an_updates_section_nothing_is_sent()
    {
        var config = ProductOpsConfig.Defaults.Updates;

        Assert.Empty(config.AnnounceTo);
        Assert.Empty(config.DigestTo);
        Assert.Equal(UpdateTemplates.Announcements, config.Announce);
        Assert.Equal(5, config.DigestTop);
        Assert.False(config.Announces(UpdateTemplates.PhaseChanged));
    }

    [Fact]
    public void Every_key_is_read()
    {
        var config = ConfigFixtures.Load("updates-full.yml").Config!.Updates;

        Assert.Equal([UpdateTemplates.PhaseChanged, UpdateTemplates.GateFailed], config.Announce);
        Assert.Equal(["item", "issue-12", "slack-product-team"], config.AnnounceTo.Select(t => t.Key));
        Assert.Equal(["teams-leadership", "webhook-bi"], config.DigestTo.Select(t => t.Key));
        Assert.Equal(3, config.DigestTop);
        Assert.True(config.Announces(UpdateTemplates.GateFailed));
        Assert.False(config.Announces(UpdateTemplates.GatePassed));
    }

    [Theory]
    [InlineData("updates-bad-target.yml", 3, 7, "`email` is not a kind of target")]
    [InlineData("updates-url-in-file.yml", 3, 14, "is not a usable name")]
    [InlineData("updates-item-digest.yml", 3, 7, "for the digest, which is about no single item")]
    [InlineData("updates-unknown-announcement.yml", 2, 29, "`score-changed`, which is not a known value")]
    [InlineData("updates-top-too-big.yml", 2, 15, "which is out of range")]
    public void A_mistake_is_reported_at_its_place(string fixture, int line, int column, string message)
    {
        var result = ConfigFixtures.Load(fixture);

        Assert.Null(result.Config);
        var error = Assert.Single(result.Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
