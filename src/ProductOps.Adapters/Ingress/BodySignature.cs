using System.Security.Cryptography;
using System.Text;

namespace ProductOps.Ingress;

/// <summary>
/// The signature a sender claims (<c>&lt;method&gt;=&lt;hex HMAC of the raw body&gt;</c>), parsed
/// before the body is read, so the body is hashed chunk by chunk as it arrives and a header that
/// can never match is refused without reading anything.
/// https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
/// </summary>
public sealed class BodySignature
{
    private readonly HashAlgorithmName algorithm;
    private readonly byte[] key;
    private readonly byte[] claimed;

    private BodySignature(HashAlgorithmName algorithm, byte[] key, byte[] claimed)
    {
        this.algorithm = algorithm;
        this.key = key;
        this.claimed = claimed;
    }

    /// <summary>Null when the header is missing, malformed or names a method not accepted.</summary>
    /// <param name="sha256Only">GitHub's X-Hub-Signature-256 is always sha256; Jira (WebSub) may name sha1, sha384 or sha512.</param>
    public static BodySignature? Parse(string? header, string secret, bool sha256Only)
    {
        var separator = header?.IndexOf('=') ?? -1;
        if (separator <= 0 || string.IsNullOrEmpty(secret))
        {
            return null;
        }

        HashAlgorithmName? algorithm = header![..separator].Trim().ToLowerInvariant() switch
        {
            "sha256" => HashAlgorithmName.SHA256,
            "sha1" when !sha256Only => HashAlgorithmName.SHA1,
            "sha384" when !sha256Only => HashAlgorithmName.SHA384,
            "sha512" when !sha256Only => HashAlgorithmName.SHA512,
            _ => null,
        };
        if (algorithm is not { } method)
        {
            return null;
        }

        var hex = header.AsSpan(separator + 1).Trim();
        var claimed = new byte[hex.Length / 2];
        using var probe = IncrementalHash.CreateHMAC(method, []);
        if (hex.Length != probe.HashLengthInBytes * 2
            || Convert.FromHexString(hex, claimed, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }
        return new BodySignature(method, Encoding.UTF8.GetBytes(secret), claimed);
    }

    public IncrementalHash CreateHash() => IncrementalHash.CreateHMAC(algorithm, key);

    /// <summary>Constant-time comparison of the computed HMAC with the claimed one.</summary>
    public bool Matches(ReadOnlySpan<byte> computed) => CryptographicOperations.FixedTimeEquals(claimed, computed);
}
