using System.Net;
using System.Text;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>Without a webhook secret nothing is accepted, unless the explicit local-only setting says so.</summary>
public sealed class UnsignedWebhookTests
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("false", HttpStatusCode.Unauthorized)]
    [InlineData("true", HttpStatusCode.Accepted)]
    public async Task With_no_secret_configured_unsigned_deliveries_are_refused_unless_explicitly_allowed(string? allowUnsigned, HttpStatusCode expected)
    {
        await using var azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(azurite, github: null);
        settings["GitHub:WebhookSecret"] = null;
        settings["GitHub:AllowUnsignedWebhooks"] = allowUnsigned;
        RunningApp.WithoutTriggers(settings);
        await using var app = await RunningApp.StartAsync(settings);

        var body = Encoding.UTF8.GetBytes(GitHubDeliveries.Load("issues.opened").ToJsonString());
        var response = await app.Client.SendAsync(GitHubDeliveries.Request("issues", body, secret: null));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Contains("GitHub:WebhookSecret", await response.Content.ReadAsStringAsync());
        }
    }
}
