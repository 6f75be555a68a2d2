using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ProductOps.Setup;

/// <summary>The two small pages of the registration flow; every value shown is HTML-encoded.</summary>
internal static class SetupPages
{
    public static IResult Register(HttpContext context, IConfiguration configuration, string state, string? org, string? webhook)
    {
        var self = $"{context.Request.Scheme}://{context.Request.Host}";
        var choose = $"""
            <h1>Register Product Ops as a GitHub App</h1>
            <form method="get" action="/setup">
              <p><label>Organisation (leave empty for your personal account): <input name="org" value="{E(org)}"></label></p>
              <p><label>Webhook URL GitHub should call (a smee.io channel, or your deployed app's /api/github/webhook): <input name="webhook" size="60" value="{E(webhook)}"></label></p>
              <p><button>Change</button></p>
            </form>
            """;
        if (!Uri.TryCreate(webhook?.Trim(), UriKind.Absolute, out var hook) || hook.Scheme is not ("https" or "http") || hook.IsLoopback)
        {
            // GitHub refuses to create an app whose webhook URL is not reachable from the internet (localhost).
            return Html(choose + """
                <p>First enter a webhook URL GitHub can reach: GitHub refuses one on this machine. Create a channel on
                <a href="https://smee.io">https://smee.io</a>, enter its URL and start the app with
                <code>scripts/run-local.sh --forward https://smee.io/CHANNEL</code>, or enter your deployed app's
                <code>https://&lt;your-app&gt;/api/github/webhook</code>.</p>
                """);
        }
        var manifest = Manifest(self, hook.AbsoluteUri);
        var web = WebUrl(configuration["GitHub:ApiUrl"]);
        var target = string.IsNullOrWhiteSpace(org)
            ? $"{web}/settings/apps/new?state={state}"
            : $"{web}/organizations/{Uri.EscapeDataString(org.Trim())}/settings/apps/new?state={state}";
        var owner = string.IsNullOrWhiteSpace(org) ? "your personal account" : $"the organisation {E(org)}";
        return Html(choose + $"""
            <form method="post" action="{E(target)}">
              <input type="hidden" name="manifest" value="{E(manifest)}">
              <p>Registers the app under {owner}, with webhook URL <code>{E(manifest["hook_attributes"]!["url"]!.ToString())}</code>.</p>
              <p><button>Register on GitHub</button></p>
            </form>
            """);
    }

    public static IResult Registered(RegisteredApp app, string settingsFile) => Html($"""
        <h1>Registered {E(app.Name ?? app.Slug)}</h1>
        <p>The app id, private key, webhook secret and client id are in <code>{E(settingsFile)}</code>.
        Restart the app so that it reads them.</p>
        <p>Next, install the app on the repositories it should manage:
        <a href="{E(app.HtmlUrl)}/installations/new">{E(app.HtmlUrl)}/installations/new</a></p>
        <p>Then check the setup with <code>productops doctor</code>.</p>
        """);

    /// <summary>The committed manifest, pointed at this app: GitHub redirects to the callback, deliveries go to the webhook URL.</summary>
    private static JsonObject Manifest(string self, string webhook)
    {
        using var stream = typeof(SetupPages).Assembly.GetManifestResourceStream("ProductOps.github-app-manifest.json")
            ?? throw new InvalidOperationException("The app manifest is not embedded.");
        var manifest = JsonNode.Parse(stream)!.AsObject();
        manifest["redirect_url"] = self + SetupEndpoints.CallbackRoute;
        manifest["url"] = self;
        manifest["hook_attributes"]!["url"] = webhook;
        return manifest;
    }

    // https://api.github.com/ -> https://github.com; GitHub Enterprise Server's https://HOST/api/v3/ -> https://HOST.
    private static string WebUrl(string? apiUrl)
    {
        var api = new Uri(string.IsNullOrEmpty(apiUrl) ? "https://api.github.com/" : apiUrl);
        return api.Host == "api.github.com" ? "https://github.com" : $"{api.Scheme}://{api.Authority}";
    }

    private static string E(object? value) => WebUtility.HtmlEncode(value?.ToString() ?? "");

    private static IResult Html(string body) =>
        Results.Content($"<!doctype html><html><head><meta charset=\"utf-8\"><title>Product Ops setup</title></head><body>{body}</body></html>", "text/html; charset=utf-8");
}
