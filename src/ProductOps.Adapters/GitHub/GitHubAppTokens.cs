using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Octokit;

namespace ProductOps.GitHub;

/// <summary>
/// GitHub App authentication: a short-lived RS256 JWT signed with the app's private key buys an
/// installation token, which is cached until shortly before it expires (tokens last an hour).
/// https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
/// </summary>
public sealed class GitHubAppTokens(GitHubSettings settings, Func<Credentials, IGitHubClient> clientFor, TimeProvider clock)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<long, Lazy<Task<AccessToken>>> tokens = new();

    public async Task<string> GetInstallationTokenAsync(long installationId)
    {
        var pending = tokens.GetOrAdd(installationId, id => new Lazy<Task<AccessToken>>(() => CreateAsync(id)));
        AccessToken token;
        try
        {
            token = await pending.Value;
        }
        catch
        {
            tokens.TryRemove(new KeyValuePair<long, Lazy<Task<AccessToken>>>(installationId, pending));
            throw;
        }

        if (token.ExpiresAt - RefreshMargin > clock.GetUtcNow())
        {
            return token.Token;
        }
        tokens.TryRemove(new KeyValuePair<long, Lazy<Task<AccessToken>>>(installationId, pending));
        return await GetInstallationTokenAsync(installationId);
    }

    private Task<AccessToken> CreateAsync(long installationId)
    {
        var client = clientFor(new Credentials(CreateJwt(), AuthenticationType.Bearer));
        return client.GitHubApps.CreateInstallationToken(installationId);
    }

    internal string CreateJwt()
    {
        var now = clock.GetUtcNow();
        // iat is backdated a minute against clock drift; exp may be at most 10 minutes ahead.
        var header = Base64Url("""{"alg":"RS256","typ":"JWT"}"""u8);
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, long>
        {
            ["iat"] = now.AddSeconds(-60).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(9).ToUnixTimeSeconds(),
            ["iss"] = settings.AppId ?? throw new InvalidOperationException("GitHub:AppId is not set."),
        }));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(settings.PrivateKey!.Replace("\\n", "\n"));
        var signature = rsa.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
