using System.Security.Cryptography;
using System.Text;

namespace ProductOps.Webhooks;

/// <summary>
/// Verifies "&lt;method&gt;=&lt;hex HMAC of the raw body&gt;" signature headers, as GitHub
/// (X-Hub-Signature-256, always sha256) and Jira admin webhooks (X-Hub-Signature) send them.
/// https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
/// </summary>
public static class HmacSignature
{
    public static bool IsValid(string? header, string secret, ReadOnlySpan<byte> body, bool sha256Only = false)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var separator = header.IndexOf('=');
        if (separator <= 0)
        {
            return false;
        }

        var method = header[..separator].Trim().ToLowerInvariant();
        if (sha256Only && method != "sha256")
        {
            return false;
        }

        if (Hmac(method, secret, body) is not { } expected)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        var hex = header.AsSpan(separator + 1).Trim();
        if (hex.Length != expected.Length * 2 || Convert.FromHexString(hex, given, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given[..written]);
    }

    /// <summary>The header value a sender computes, e.g. <c>sha256=757107ea…</c>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body, string method = "sha256") =>
        $"{method}={Convert.ToHexStringLower(Hmac(method, secret, body) ?? throw new ArgumentException($"Unsupported signature method \"{method}\".", nameof(method)))}";

    // sha1 only because WebSub (and so Jira) allows it; GitHub deliveries are checked with sha256Only.
    private static byte[]? Hmac(string method, string secret, ReadOnlySpan<byte> body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        return method.ToLowerInvariant() switch
        {
            "sha256" => HMACSHA256.HashData(key, body),
            "sha1" => HMACSHA1.HashData(key, body),
            "sha384" => HMACSHA384.HashData(key, body),
            "sha512" => HMACSHA512.HashData(key, body),
            _ => null,
        };
    }
}
