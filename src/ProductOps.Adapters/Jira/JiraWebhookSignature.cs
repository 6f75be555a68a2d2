using ProductOps.Webhooks;

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
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string secret) =>
        HmacSignature.IsValid(header, secret, body);

    /// <summary>The header value Jira would send, e.g. <c>sha256=a477...</c> (for tests and tools).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret, string method = "sha256") =>
        HmacSignature.Sign(secret, body, method);
}
