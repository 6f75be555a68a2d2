using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProductOps.LocalHost;
using ProductOps.LocalHost.Triggers;
using ProductOps.Storage;

namespace ProductOps.Tests.Infrastructure;

/// <summary>The real local host (ASP.NET Core + WebJobs triggers) on a free loopback port, reached over real HTTP.</summary>
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
        // Every processed event schedules a debounced roadmap refresh; a short window lets idle waits end soon.
        ["Roadmap:DebounceWindow"] = "00:00:01",
    };

    /// <summary>Turns the queue and timer functions off (the Functions host's <c>AzureWebJobs.&lt;name&gt;.Disabled</c>): the webhooks alone.</summary>
    public static Dictionary<string, string?> WithoutTriggers(Dictionary<string, string?> settings)
    {
        foreach (var function in LocalTriggers.Functions.Keys)
        {
            settings[$"AzureWebJobs.{function}.Disabled"] = "true";
        }
        return settings;
    }

    public static async Task<RunningApp> StartAsync(IDictionary<string, string?> settings)
    {
        var logs = new LogCapture();
        var app = LocalHostApp.Build(
            ["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.AddProvider(logs);
            });
        await app.StartAsync();
        await app.Services.GetServices<IHostedService>().OfType<TriggerHost>().Single().FirstStart.WaitAsync(TimeSpan.FromSeconds(60));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new Uri(address + "/"), logs);
    }

    /// <summary>
    /// Waits until the app is quiet: every app queue (tracker-events, roadmap-refresh, updates) holds no
    /// message, visible or not, and no trigger invocation runs, on several polls in a row.
    /// </summary>
    public async Task WaitUntilIdleAsync(int timeoutSeconds = 60)
    {
        var storage = Services.GetRequiredService<StorageAccount>();
        var invocations = Services.GetRequiredService<InvocationCounter>();
        var quietPolls = 0;
        await Eventually.HoldsAsync(async () =>
        {
            var quiet = invocations.Running == 0;
            foreach (var queue in StorageNames.AppQueues)
            {
                quiet = quiet && (await storage.Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0;
            }
            // Several polls in a row: a message enqueued just as the previous invocation settles is seen.
            quietPolls = quiet && invocations.Running == 0 ? quietPolls + 1 : 0;
            return quietPolls >= 5;
        }, "the app is idle (queues empty, no invocation running)", timeoutSeconds);
    }

    /// <summary>Runs a timer function now through the WebJobs host, with the invocation a due schedule would give it.</summary>
    public Task RunTimerAsync(string function) =>
        Services.GetServices<IHostedService>().OfType<TriggerHost>().Single().CallAsync(function, new Dictionary<string, object?>
        {
            ["timer"] = new TimerInfo(new ConstantSchedule(TimeSpan.FromDays(7)), new ScheduleStatus(), isPastDue: false),
        }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
