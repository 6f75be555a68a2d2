using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProductOps.Telemetry;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Telemetry;

/// <summary>
/// The app's own spans and counters, seen by an in-process listener while a signed webhook goes
/// through the running app to the label write at the fake GitHub.
/// </summary>
public sealed class TraceTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>
{
    private const string Repo = "octo-org/telemetry";
    private static readonly string[] RiceLabels = ["reach:500", "impact:high", "confidence:80%", "effort:M"];

    [Fact]
    public async Task A_signed_webhook_and_its_label_write_are_one_trace_carrying_the_delivery_id()
    {
        using var recorder = new TelemetryRecorder();
        var delivery = Guid.NewGuid().ToString();

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, 1, RiceLabels), RunningApp.Secret, delivery));

        await Eventually.HoldsAsync(() => recorder.TraceOf(delivery) is var spans && spans.Any(IsLabelWrite) && spans.Any(a => a.Kind == ActivityKind.Consumer),
            "the processing span, with its label write, has ended");
        var trace = recorder.TraceOf(delivery);
        var ingress = Assert.Single(trace, a => a.Kind == ActivityKind.Server);
        var processing = Assert.Single(trace, a => a.Kind == ActivityKind.Consumer);
        var labelWrite = Assert.Single(trace, IsLabelWrite);
        Assert.Equal(ingress.SpanId, processing.ParentSpanId);
        Assert.Equal(delivery, processing.GetTagItem(ProductOpsTelemetry.DeliveryIdTag));
        Assert.Equal("Applied", processing.GetTagItem("productops.outcome"));
        Assert.Equal(processing.SpanId, labelWrite.ParentSpanId);
        Assert.Equal(200, labelWrite.GetTagItem("http.response.status_code")); // GitHub answers 200 to "add labels"
        Assert.All(trace.Where(a => a.Kind == ActivityKind.Client), call => Assert.Equal(processing.SpanId, call.ParentSpanId));
    }

    [Fact]
    public async Task Processing_counts_the_event_and_the_label_write()
    {
        using var recorder = new TelemetryRecorder();
        var delivery = Guid.NewGuid().ToString();

        await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Labeled(Repo, 2, RiceLabels), RunningApp.Secret, delivery));

        await Eventually.HoldsAsync(() => recorder.TraceOf(delivery).Any(IsLabelWrite), "the label write is made");
        await Eventually.HoldsAsync(() => recorder.Sum("productops.events.processed", ("provider", "github"), ("outcome", "Applied")) >= 1, "the event is counted");
        Assert.True(recorder.Sum("productops.tracker.writes", ("provider", "github"), ("kind", "label")) >= 1);
        Assert.True(recorder.Sum("productops.tracker.writes", ("provider", "github"), ("kind", "comment")) >= 1);
    }

    [Fact]
    public void Without_APPLICATIONINSIGHTS_CONNECTION_STRING_no_exporter_is_registered()
    {
        Assert.Null(env.App.Services.GetService<TracerProvider>());
        Assert.Null(env.App.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Adding_telemetry_without_the_connection_string_adds_no_service()
    {
        var services = new ServiceCollection();

        services.AddProductOpsTelemetry(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryServices.ConnectionStringSetting] = "" }).Build());

        Assert.Empty(services);
    }

    private static bool IsLabelWrite(Activity a) =>
        a.Kind == ActivityKind.Client && (string?)a.GetTagItem("productops.write_kind") == "label" && (string?)a.GetTagItem("http.request.method") == "POST";
}
