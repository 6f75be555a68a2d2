using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProductOps.FunctionApp;

namespace ProductOps.Tests.Infrastructure;

/// <summary>The real function app on Kestrel on a free loopback port, reached over real HTTP.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    public const string Secret = "It's a Secret to Everybody";
    private readonly WebApplication app;

    private RunningApp(WebApplication app, Uri address, LogCapture logs)
    {
        this.app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>Every line the app logged.</summary>
    public LogCapture Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Settings a test run needs: Azurite, the fake GitHub, short queue timings.</summary>
    public static Dictionary<string, string?> Settings(Azurite azurite, FakeGitHub? github) => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["GitHub:WebhookSecret"] = Secret,
        ["GitHub:Token"] = github is null ? null : "ghp_test_token_value",
        ["GitHub:ApiUrl"] = github?.Url,
        ["GitHub:MutationInterval"] = "00:00:00.020",
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00.200",
        ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
    };

    /// <param name="urls">Where Kestrel listens; null leaves it to the app (as under the Functions host).</param>
    public static async Task<RunningApp> StartAsync(IDictionary<string, string?> settings, string? urls = "http://127.0.0.1:0")
    {
        var logs = new LogCapture();
        var app = ProductOps.FunctionApp.FunctionApp.Build(
            urls is null ? ["--contentRoot", AppContext.BaseDirectory] : ["--urls", urls, "--contentRoot", AppContext.BaseDirectory],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.AddProvider(logs);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new Uri(address + "/"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
