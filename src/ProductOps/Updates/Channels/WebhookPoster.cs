using System.Net;
using System.Net.Http.Headers;

namespace ProductOps.Updates.Channels;

/// <summary>
/// Posts a JSON body to a named webhook from <c>Updates:Webhooks</c> and sorts the answer: 2xx is done;
/// 408, 429, 5xx, a timeout or a broken connection are worth another attempt; any other answer
/// (a revoked Slack hook's 403/404, an archived channel's 410, a 400 for a bad payload) never will be.
/// The address is a secret (it carries the token), so it appears in no message: only the name does.
/// </summary>
public sealed class WebhookPoster(HttpClient http, UpdatesSettings settings)
{
    public async Task PostAsync(string channel, UpdateMessage update, byte[] json, IReadOnlyDictionary<string, string>? headers, CancellationToken ct)
    {
        var name = update.Target.Name ?? "";
        if (!settings.Webhooks.TryGetValue(name, out var hook) || hook.Url is null)
        {
            throw new UpdateDeliveryException($"{channel} target '{name}' has no address: set {UpdatesSettings.Section}:Webhooks:{name}:Url in the app settings.", permanent: true);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (key, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.WebhookTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new UpdateDeliveryException($"{channel} webhook '{name}' could not be reached ({e.HttpRequestError}).", permanent: false, e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new UpdateDeliveryException($"{channel} webhook '{name}' did not answer within {settings.WebhookTimeout.TotalSeconds:0} s.", permanent: false, e);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var status = (int)response.StatusCode;
            var detail = await Detail(response, ct).ConfigureAwait(false);
            var transient = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500;
            throw new UpdateDeliveryException($"{channel} webhook '{name}' answered {status}{detail}.", permanent: !transient);
        }
    }

    // Slack answers errors as short text ("invalid_payload", "no_service"); a few words help whoever reads the poison queue.
    private static async Task<string> Detail(HttpResponseMessage response, CancellationToken ct)
    {
        var text = (await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)).Trim();
        text = new string(text.Take(120).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return text.Length == 0 ? "" : $" ({text})";
    }
}
