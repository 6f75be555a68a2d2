using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Setup;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Setup;

/// <summary>
/// The manifest flow end to end: a real Kestrel app serving the setup routes, a fake GitHub answering
/// <c>POST /app-manifests/{code}/conversions</c> with GitHub's shape, and local.settings.json on disk.
/// </summary>
public sealed partial class SetupEndpointTests : IAsyncLifetime
{
    private readonly WireMockServer github = WireMockServer.Start();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("productops-setup-");
    private readonly string pem = RSA.Create(2048).ExportRSAPrivateKeyPem();
    private WebApplication app = null!;
    private HttpClient client = null!;

    private string SettingsFile => Path.Combine(folder.FullName, "local.settings.json");

    public Task InitializeAsync()
    {
        File.WriteAllText(SettingsFile, """{ "IsEncrypted": false, "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true", "Jira__WebhookSecret": "keep-me" } }""");
        github.Given(Request.Create().WithPath("/app-manifests/code-from-github/conversions").UsingPost()).RespondWith(Response.Create()
            .WithStatusCode(201).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(Conversion().ToJsonString()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        github.Stop();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_page_posts_the_manifest_to_GitHub_and_the_callback_writes_the_new_apps_credentials()
    {
        await StartAsync();

        var page = await client.GetStringAsync("/setup?org=octo-org&webhook=https://smee.io/abc123");
        var action = WebUtility.HtmlDecode(FormAction().Matches(page)[1].Groups["action"].Value);
        var manifest = JsonNode.Parse(WebUtility.HtmlDecode(ManifestField().Match(page).Groups["manifest"].Value))!;
        var state = action[(action.IndexOf("state=", StringComparison.Ordinal) + 6)..];
        var done = await client.GetAsync($"/setup/callback?code=code-from-github&state={state}");

        // The web host is the API's (GitHub Enterprise Server's rule; api.github.com maps to github.com).
        Assert.StartsWith($"{github.Url}/organizations/octo-org/settings/apps/new?state=", action);
        Assert.Equal($"{client.BaseAddress!.ToString().TrimEnd('/')}/setup/callback", manifest["redirect_url"]!.GetValue<string>());
        Assert.Equal("https://smee.io/abc123", manifest["hook_attributes"]!["url"]!.GetValue<string>());
        Assert.Equal("write", manifest["default_permissions"]!["issues"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("https://github.com/apps/product-ops-octo-org/installations/new", await done.Content.ReadAsStringAsync());
        var values = JsonNode.Parse(await File.ReadAllTextAsync(SettingsFile))!["Values"]!;
        Assert.Equal("987654", values["GitHub__AppId"]!.GetValue<string>());
        Assert.Equal(pem, values["GitHub__PrivateKey"]!.GetValue<string>());
        Assert.Equal("6fba8f2fc8a7e8f2cca5577eddd82ca7586b3b6b", values["GitHub__WebhookSecret"]!.GetValue<string>());
        Assert.Equal("Iv1.8a61f9b3a7aba766", values["GitHub__ClientId"]!.GetValue<string>());
        Assert.Equal("keep-me", values["Jira__WebhookSecret"]!.GetValue<string>());
        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Without_an_organisation_the_manifest_goes_to_the_personal_account()
    {
        await StartAsync();

        var page = await client.GetStringAsync("/setup?webhook=https://smee.io/abc123");

        Assert.StartsWith($"{github.Url}/settings/apps/new?state=", WebUtility.HtmlDecode(FormAction().Matches(page)[1].Groups["action"].Value));
    }

    [Theory]
    [InlineData("/setup")]
    [InlineData("/setup?webhook=http://localhost:7071/api/github/webhook")]
    public async Task Without_a_webhook_URL_GitHub_can_reach_the_page_asks_for_one_instead_of_a_manifest_GitHub_refuses(string path)
    {
        // GitHub refuses to create an app whose webhook URL is on the caller's machine.
        await StartAsync();

        var page = await client.GetStringAsync(path);

        Assert.DoesNotContain("name=\"manifest\"", page);
        Assert.Contains("https://smee.io", page);
    }

    [Fact]
    public async Task A_callback_with_a_state_the_page_never_issued_is_refused_and_writes_nothing()
    {
        await StartAsync();
        var before = await File.ReadAllTextAsync(SettingsFile);

        var response = await client.GetAsync("/setup/callback?code=code-from-github&state=forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await File.ReadAllTextAsync(SettingsFile));
        Assert.Empty(github.LogEntries);
    }

    [Fact]
    public async Task A_code_GitHub_no_longer_converts_is_explained_in_one_line_and_writes_nothing()
    {
        // GitHub's code is good for one hour and once: a late or repeated redirect gets 404 from the conversion.
        github.Given(Request.Create().WithPath("/app-manifests/expired-code/conversions").UsingPost()).RespondWith(Response.Create()
            .WithStatusCode(404).WithHeader("Content-Type", "application/json; charset=utf-8")
            .WithBody("""{"message":"Not Found","documentation_url":"https://docs.github.com/rest/apps/apps#create-a-github-app-from-a-manifest"}"""));
        await StartAsync();
        var before = await File.ReadAllTextAsync(SettingsFile);
        var page = await client.GetStringAsync("/setup?webhook=https://smee.io/abc123");
        var action = WebUtility.HtmlDecode(FormAction().Matches(page)[1].Groups["action"].Value);
        var state = action[(action.IndexOf("state=", StringComparison.Ordinal) + 6)..];

        var response = await client.GetAsync($"/setup/callback?code=expired-code&state={state}");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("GitHub answered 404 to the manifest conversion: the code has expired or was used already. Start again at /setup.", problem["detail"]!.GetValue<string>());
        Assert.Equal(before, await File.ReadAllTextAsync(SettingsFile));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task The_routes_do_not_exist_once_GitHub_credentials_are_configured()
    {
        await StartAsync(("GitHub:Token", "ghp_configured"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup/callback?code=code-from-github&state=x")).StatusCode);
    }

    [Fact]
    public async Task A_request_that_came_through_a_proxy_or_tunnel_is_not_served()
    {
        await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/setup");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_request_from_another_machine_is_not_served()
    {
        // The app listening on this machine's network address, called through it: the caller is not loopback.
        var address = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        Assert.True(address is not null, "this test needs a network address other than loopback");
        await StartOnAsync(address.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup/callback?code=code-from-github&state=x")).StatusCode);
        Assert.Empty(github.LogEntries);
    }

    private Task StartAsync(params (string Key, string? Value)[] settings) => StartOnAsync("127.0.0.1", settings);

    private async Task StartOnAsync(string host, params (string Key, string? Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://{host}:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GitHub:ApiUrl"] = github.Url + "/" });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => s.Value));
        app = builder.Build();
        SetupEndpoints.Map(app, SettingsFile);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address + "/") };
    }

    /// <summary>GitHub's answer to the conversion (https://docs.github.com/rest/apps/apps#create-a-github-app-from-a-manifest).</summary>
    private JsonObject Conversion() => new()
    {
        ["id"] = 987654, ["slug"] = "product-ops-octo-org", ["node_id"] = "A_kwDOAAAAAA", ["name"] = "Product Ops (octo-org)",
        ["owner"] = new JsonObject { ["login"] = "octo-org", ["id"] = 2, ["node_id"] = "O_2", ["type"] = "Organization", ["site_admin"] = false },
        ["description"] = "Scores issues", ["external_url"] = "http://127.0.0.1:7071", ["html_url"] = "https://github.com/apps/product-ops-octo-org",
        ["created_at"] = "2026-11-30T20:00:00Z", ["updated_at"] = "2026-11-30T20:00:00Z",
        ["permissions"] = new JsonObject { ["issues"] = "write", ["contents"] = "write", ["metadata"] = "read" },
        ["events"] = new JsonArray("issues", "issue_comment", "push"),
        ["client_id"] = "Iv1.8a61f9b3a7aba766", ["client_secret"] = "1726be1638095a19edd134c77bde3aa2ece1e5d8",
        ["webhook_secret"] = "6fba8f2fc8a7e8f2cca5577eddd82ca7586b3b6b", ["pem"] = pem,
    };

    [GeneratedRegex("<form method=\"[a-z]+\" action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"manifest\" value=\"(?<manifest>[^\"]+)\"")]
    private static partial Regex ManifestField();
}
