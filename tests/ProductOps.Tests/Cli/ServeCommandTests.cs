using System.Net;
using Microsoft.Extensions.Configuration;
using ProductOps.Cli;
using ProductOps.Tests.Infrastructure;
using Spectre.Console;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops serve</c>: the local host, started by the tool with the tool's settings, until it is stopped.</summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    [Fact]
    public async Task Serve_answers_health_and_accepts_a_signed_delivery_until_it_is_stopped()
    {
        var port = Azurite.FreePort();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["GitHub:WebhookSecret"] = RunningApp.Secret,
        }).Build();
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        using var stop = new CancellationTokenSource();
        var serving = ProductOpsCli.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}"], new CliContext(settings, AppContext.BaseDirectory, console, output), stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("api/health")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "productops serve answers its health check", timeoutSeconds: 60);
        var delivery = await client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled("octo-org/served", 1, ["bug"]), RunningApp.Secret));

        Assert.Equal(HttpStatusCode.Accepted, delivery.StatusCode);
        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await serving.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains($"Product Ops on http://127.0.0.1:{port}", output.ToString());
    }
}
