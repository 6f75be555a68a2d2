using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProductOps.Events;

namespace ProductOps.Telemetry;

/// <summary>
/// The app's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <c>ProductOps</c>, and the few calls the code makes on them. Without a listener (no
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, see <c>TelemetryServices</c> (in the adapters)) starting an
/// activity returns null and a counter add is a no-op, so the calls cost next to nothing.
/// Names and tags: docs/telemetry.md.
/// </summary>
public static class ProductOpsTelemetry
{
    public const string Name = "ProductOps";

    public const string DeliveryIdTag = "productops.delivery_id";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    private static readonly Counter<long> EventsProcessed = Meter.CreateCounter<long>("productops.events.processed", "{event}", "Tracker events handled from the queue, by provider and outcome.");
    private static readonly Counter<long> TrackerWrites = Meter.CreateCounter<long>("productops.tracker.writes", "{request}", "Mutating requests sent to GitHub or Jira, by provider and kind.");
    private static readonly Counter<long> Deferrals = Meter.CreateCounter<long>("productops.queue.deferrals", "{message}", "Messages put back on their queue with a delay (rate limit, write slot, back-off).");
    private static readonly Counter<long> PoisonedMessages = Meter.CreateCounter<long>("productops.queue.poisoned", "{message}", "Messages moved to a -poison queue by the app.");

    /// <summary>The webhook's span: received, verified and queued. The queued message carries its traceparent.</summary>
    public static Activity? StartIngress(string provider, string eventName, string deliveryId) =>
        Source.StartActivity($"webhook {provider}", ActivityKind.Server, parentContext: default,
            [new(ProviderTag, provider), new(EventTag, eventName), new(DeliveryIdTag, deliveryId)]);

    /// <summary>Processing one queued event, continuing the trace its webhook started.</summary>
    public static Activity? StartProcessing(TrackerEvent ev)
    {
        ActivityContext.TryParse(ev.TraceParent, null, isRemote: true, out var parent);
        return Source.StartActivity($"process {ev.Provider} {ev.EventName}", ActivityKind.Consumer, parent,
            [new(ProviderTag, ev.Provider), new(EventTag, ev.EventName), new(DeliveryIdTag, ev.DeliveryId)]);
    }

    /// <summary>One request to GitHub or Jira (a child of the processing span).</summary>
    public static Activity? StartTrackerCall(string provider, string method, string kind) =>
        Source.StartActivity($"{provider} {method} {kind}", ActivityKind.Client, parentContext: default,
            [new(ProviderTag, provider), new("http.request.method", method), new(KindTag, kind)]);

    /// <summary>Counts a handled event; the outcome also goes on the current (processing) span.</summary>
    public static void Processed(string provider, string outcome)
    {
        EventsProcessed.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("outcome", outcome));
        Activity.Current?.SetTag("productops.outcome", outcome);
        if (outcome == "Failed")
        {
            Activity.Current?.SetStatus(ActivityStatusCode.Error);
        }
    }

    public static void Wrote(string provider, string kind) =>
        TrackerWrites.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("kind", kind));

    public static void Deferred(string queue) => Deferrals.Add(1, new KeyValuePair<string, object?>("queue", queue));

    public static void Poisoned(string queue) => PoisonedMessages.Add(1, new KeyValuePair<string, object?>("queue", queue));

    private const string ProviderTag = "productops.provider";
    private const string EventTag = "productops.event";
    private const string KindTag = "productops.write_kind";
}
