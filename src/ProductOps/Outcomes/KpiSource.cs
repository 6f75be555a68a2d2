namespace ProductOps.Outcomes;

/// <summary>An HTTPS JSON endpoint and the JSON pointer (RFC 6901) of the KPI's number in its answer.</summary>
public sealed record KpiSource(Uri Url, string Pointer)
{
    /// <summary>An absolute https address; plain http only for a loopback host (a local test endpoint), never across a network.</summary>
    public static Uri? Allowed(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && string.IsNullOrEmpty(uri.UserInfo) ? uri : null;
}
