using System.Security.Cryptography;
using System.Text;

namespace ProductOps.Jira;

/// <summary>
/// Verifies <c>X-Hub-Signature: &lt;method&gt;=&lt;hex HMAC of the raw body&gt;</c>, which Jira admin
/// webhooks with a secret send (the WebSub convention). The method is read from the header:
/// sha256 is what Jira sends; sha1, sha384 and sha512 are accepted as WebSub allows them.
/// https://developer.atlassian.com/cloud/jira/platform/webhooks/#secure-admin-webhooks
/// </summary>
public static class JiraWebhookSignature
{
    public const string HeaderName = "X-Hub-Signature";

    /// <summary>True when <paramref name="header"/> is a well-formed signature of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string secret)
    {
        var eq = header?.IndexOf('=') ?? -1;
        if (header is null || eq <= 0)
        {
            return false;
        }

        var expected = Hmac(header[..eq].Trim(), Encoding.UTF8.GetBytes(secret), body);
        var hex = header[(eq + 1)..].Trim();
        if (expected is null || hex.Length != expected.Length * 2)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return false;
        }

        // Constant time, so that a forger learns nothing from how long a comparison took.
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>The header value Jira would send, e.g. <c>sha256=a477...</c> (for tests and tools).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret, string method = "sha256") =>
        $"{method}={Convert.ToHexStringLower(Hmac(method, Encoding.UTF8.GetBytes(secret), body)
            ?? throw new ArgumentException($"Unsupported signature method \"{method}\".", nameof(method)))}";

    private static byte[]? Hmac(string method, byte[] key, ReadOnlySpan<byte> body) => method.ToLowerInvariant() switch
    {
        "sha256" => HMACSHA256.HashData(key, body),
        "sha1" => HMACSHA1.HashData(key, body),
        "sha384" => HMACSHA384.HashData(key, body),
        "sha512" => HMACSHA512.HashData(key, body),
        _ => null,
    };
}
