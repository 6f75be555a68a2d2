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

        var key = Encoding.UTF8.GetBytes(secret);
        byte[] expected = method switch
        {
            "sha256" => HMACSHA256.HashData(key, body),
            "sha384" => HMACSHA384.HashData(key, body),
            "sha512" => HMACSHA512.HashData(key, body),
            _ => [],
        };
        if (expected.Length == 0)
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

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
