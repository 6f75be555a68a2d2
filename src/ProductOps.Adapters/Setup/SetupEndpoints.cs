using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.GitHub;

namespace ProductOps.Setup;

/// <summary>
/// Probot-style app registration for a local run: <c>GET /setup</c> posts the app manifest to GitHub
/// (personal account or an organisation), GitHub redirects to <c>GET /setup/callback?code=...</c>, the
/// code is exchanged for the app's id, key and secrets, and those go into <c>local.settings.json</c>.
/// The routes answer only while no GitHub credentials are configured, and only to loopback callers
/// that came through no proxy or tunnel (a tunnel's requests also arrive from loopback).
/// https://docs.github.com/apps/sharing-github-apps/registering-a-github-app-from-a-manifest
/// </summary>
public static class SetupEndpoints
{
    public const string Route = "/setup";
    public const string CallbackRoute = "/setup/callback";
    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "X-Forwarded-Host", "Forwarded", "X-Original-Host"];

    /// <param name="settingsFile">The local.settings.json the credentials are written to.</param>
    /// <summary>Names of the setup routes start with it: they belong to the local host only, never to the Azure app.</summary>
    public const string LocalOnlyPrefix = "local-";

    public static void Map(IEndpointRouteBuilder endpoints, string settingsFile)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        var state = new SetupState();
        endpoints.MapGet(Route, (HttpContext context, string? org, string? webhook) =>
            Open(context, configuration, state) ? SetupPages.Register(context, configuration, state.NewState(), org, webhook) : Results.NotFound())
            .WithName(LocalOnlyPrefix + "setup");
        endpoints.MapGet(CallbackRoute, async (HttpContext context, string? code, CancellationToken ct) =>
        {
            if (!Open(context, configuration, state))
            {
                return Results.NotFound();
            }
            if (code is null || !state.TryUse(context.Request.Query["state"].ToString()))
            {
                return Results.BadRequest("This registration link is not valid (unknown or used state): start again at /setup.");
            }

            var apiUrl = configuration.GetSection(GitHubSettings.Section).Get<GitHubSettings>()?.ApiUrl ?? new GitHubSettings().ApiUrl;
            var http = endpoints.ServiceProvider.GetService<HttpClient>() ?? new HttpClient();
            RegisteredApp app;
            try
            {
                app = await new ManifestConversion(http, apiUrl).ConvertAsync(code, ct);
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or System.Text.Json.JsonException)
            {
                return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "GitHub did not register the app",
                    detail: $"{e.Message} Start again at {Route}.");
            }
            await LocalSettingsFile.SetValuesAsync(settingsFile, new Dictionary<string, string>
            {
                ["GitHub__AppId"] = app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["GitHub__PrivateKey"] = app.Pem,
                ["GitHub__WebhookSecret"] = app.WebhookSecret ?? "",
                ["GitHub__ClientId"] = app.ClientId,
            }, ct);
            state.Registered = true;
            return SetupPages.Registered(app, settingsFile);
        }).WithName(LocalOnlyPrefix + "setup-callback");
    }

    /// <summary>Only while unconfigured, only from this machine, never through a proxy or tunnel.</summary>
    private static bool Open(HttpContext context, IConfiguration configuration, SetupState state)
    {
        var github = configuration.GetSection(GitHubSettings.Section).Get<GitHubSettings>() ?? new GitHubSettings();
        var remote = context.Connection.RemoteIpAddress;
        return !state.Registered && !github.HasCredentials
            && remote is not null && System.Net.IPAddress.IsLoopback(remote)
            && !ProxyHeaders.Any(context.Request.Headers.ContainsKey);
    }

    /// <summary>The one-time states handed to GitHub (returned on the redirect), and whether registration happened.</summary>
    private sealed class SetupState
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> issued = new();

        public bool Registered { get; set; }

        public string NewState()
        {
            var value = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            issued[value] = DateTimeOffset.UtcNow;
            return value;
        }

        // GitHub's code is valid for an hour; a state lives as long.
        public bool TryUse(string value) =>
            issued.TryRemove(value, out var at) && DateTimeOffset.UtcNow - at < TimeSpan.FromHours(1);
    }
}
