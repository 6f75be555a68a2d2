using System.Net.Http.Json;

namespace ProductOps.Setup;

/// <summary>
/// Exchanges the code GitHub's manifest flow redirects with for the new app's credentials:
/// <c>POST /app-manifests/{code}/conversions</c>, unauthenticated, within an hour of the redirect.
/// https://docs.github.com/apps/sharing-github-apps/registering-a-github-app-from-a-manifest
/// </summary>
public sealed class ManifestConversion(HttpClient http, Uri apiUrl)
{
    public async Task<RegisteredApp> ConvertAsync(string code, CancellationToken ct)
    {
        var root = apiUrl.AbsoluteUri.EndsWith('/') ? apiUrl : new Uri(apiUrl.AbsoluteUri + "/");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, $"app-manifests/{Uri.EscapeDataString(code)}/conversions"));
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.UserAgent.ParseAdd("product-ops/1.0");
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // The code is good for one hour and once; a late or repeated redirect is answered 404.
            throw new InvalidOperationException($"GitHub answered {(int)response.StatusCode} to the manifest conversion: " + (response.StatusCode == System.Net.HttpStatusCode.NotFound
                ? "the code has expired or was used already."
                : $"{await MessageAsync(response, ct)}."));
        }
        return await response.Content.ReadFromJsonAsync<RegisteredApp>(ct)
            ?? throw new InvalidOperationException("GitHub answered the manifest conversion with an empty body.");
    }

    /// <summary>GitHub's error <c>message</c>, or the start of a body that is not GitHub's error shape.</summary>
    private static async Task<string> MessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("message").GetString() ?? "no message";
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body[..Math.Min(body.Length, 200)];
        }
    }
}
