using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProductOps.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ProductOps.Tests.Telemetry;

/// <summary>The app with APPLICATIONINSIGHTS_CONNECTION_STRING pointing at a WireMock ingestion endpoint.</summary>
public sealed class AppExportingTelemetry : AppWithFakeGitHub, IAsyncLifetime
{
    public WireMockServer Ingestion { get; } = StartIngestion();

    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={Ingestion.Url}/";

    /// <summary>Everything the exporter sent to <c>/v2.1/track</c> (newline-delimited JSON items).</summary>
    public string Received => string.Join('\n', Ingestion.LogEntries
        .Where(e => e.RequestMessage!.AbsolutePath.EndsWith("/track", StringComparison.Ordinal))
        .Select(e => e.RequestMessage!.Body ?? ""));

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Ingestion.Stop();
    }

    // Application Insights' ingestion API (Breeze): 200 with the counts of items taken.
    private static WireMockServer StartIngestion()
    {
        var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v2.1/track").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"itemsReceived":1,"itemsAccepted":1,"errors":[]}"""));
        return server;
    }
}

public sealed class ExportTests(AppExportingTelemetry env) : IClassFixture<AppExportingTelemetry>
{
    [Fact]
    public async Task With_the_connection_string_the_trace_and_the_counters_reach_Application_Insights()
    {
        var delivery = Guid.NewGuid().ToString();

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues",
            GitHubDeliveries.Labeled("octo-org/exported", 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]), RunningApp.Secret, delivery));
        await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/exported", 1).Count > 0, "the issue is scored");
        // The processing span ends after the comment is written: flush once processing is over, and again while
        // waiting. (The slow and missing exports seen before were the exporter's default rate-limited sampler
        // dropping traces right after start; see SamplingTests.) The wait stays long: the test asserts that
        // telemetry arrives, not how fast.
        await env.WaitUntilIdleAsync();

        await Eventually.HoldsAsync(() => Flushed() && env.Received.Contains(delivery), "the spans with the delivery id are exported", timeoutSeconds: 120);
        await Eventually.HoldsAsync(() => Flushed() && env.Received.Contains("productops.tracker.writes"), "the counters are exported", timeoutSeconds: 120);
    }

    private bool Flushed()
    {
        env.App.Services.GetRequiredService<TracerProvider>().ForceFlush(1000);
        env.App.Services.GetRequiredService<MeterProvider>().ForceFlush(1000);
        return true;
    }
}
