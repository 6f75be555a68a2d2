using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.EndToEnd;

/// <summary>As a GitHub App: a signed JWT buys an installation token, which every call then uses.</summary>
public sealed class GitHubAppAuthTests(GitHubAppAuthTests.AsGitHubApp env) : IClassFixture<GitHubAppAuthTests.AsGitHubApp>
{
    public sealed class AsGitHubApp : AppWithFakeGitHub
    {
        public RSA Key { get; } = RSA.Create(2048);

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["GitHub:Token"] = null;
            settings["GitHub:AppId"] = "123456";
            // Stored as one line with literal \n, as in an app setting.
            settings["GitHub:PrivateKey"] = Key.ExportRSAPrivateKeyPem().Replace("\n", "\\n");
        }
    }

    [Fact]
    public async Task The_installation_from_the_payload_gets_a_token_from_a_JWT_signed_by_the_app_key()
    {
        var payload = GitHubDeliveries.Labeled("octo-org/app", 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"], installationId: 42);

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", payload, RunningApp.Secret));
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/app", 1).Count == 1, "the score comment is written");

        var tokenRequest = Assert.Single(env.GitHub.Requests(), r => r.RequestMessage!.AbsolutePath == "/app/installations/42/access_tokens");
        var jwt = Bearer(tokenRequest);
        var parts = jwt.Split('.');
        Assert.True(env.Key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var claims = JsonDocument.Parse(FromBase64Url(parts[1])).RootElement;
        Assert.Equal(123456, claims.GetProperty("iss").GetInt64());
        Assert.True(claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64() <= 600);

        var writes = env.GitHub.Writes.Where(w => w.RequestMessage!.AbsolutePath.StartsWith("/repos/")).ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, w => Assert.Equal("ghs_installation_token", Bearer(w)));
    }

    private static string Bearer(WireMock.Logging.ILogEntry entry)
    {
        var header = entry.RequestMessage!.Headers!.First(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value.Single();
        return header[(header.IndexOf(' ') + 1)..];
    }

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
