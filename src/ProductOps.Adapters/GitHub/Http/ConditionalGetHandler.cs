using System.Net;
using System.Net.Http.Headers;

namespace ProductOps.GitHub.Http;

/// <summary>
/// Makes every GET conditional: remembers the ETag and body of the last 200 per URL and identity,
/// sends If-None-Match, and turns a 304 (which costs no rate limit) back into that 200.
/// https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
/// </summary>
public sealed class ConditionalGetHandler(ConditionalGetCache cache, string identity) : DelegatingHandler
{
    private static readonly AsyncLocal<bool> Bypassing = new();

    /// <summary>
    /// GETs made until the result is disposed go to GitHub unconditionally and leave the cache alone:
    /// for reads that decide whether to write again after an uncertain write.
    /// </summary>
    public static IDisposable Fresh()
    {
        var before = Bypassing.Value;
        Bypassing.Value = true;
        return new Restore(before);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method != HttpMethod.Get || request.RequestUri is null || Bypassing.Value)
        {
            return await base.SendAsync(request, ct);
        }

        var key = identity + " " + request.RequestUri.AbsoluteUri + " " + string.Join(',', request.Headers.Accept);
        var cached = cache.Get(key);
        if (cached is not null)
        {
            request.Headers.IfNoneMatch.Add(cached.ETag);
        }

        var response = await base.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            response.Dispose();
            return cached.ToResponse(request);
        }

        if (response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is { } etag)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var entry = new CachedResponse(etag, body, response.Content.Headers.ContentType, response.Headers.ToList());
            cache.Set(key, entry);
            response.Dispose();
            return entry.ToResponse(request);
        }
        return response;
    }

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => Bypassing.Value = before;
    }
}

internal sealed record CachedResponse(EntityTagHeaderValue ETag, byte[] Body, MediaTypeHeaderValue? ContentType, IReadOnlyList<KeyValuePair<string, IEnumerable<string>>> Headers)
{
    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(Body) };
        response.Content.Headers.ContentType = ContentType;
        foreach (var header in Headers)
        {
            response.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return response;
    }
}
