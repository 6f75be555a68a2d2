using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProductOps.Telemetry;

namespace ProductOps.Tests.Telemetry;

/// <summary>
/// An in-process <see cref="ActivityListener"/> and <see cref="MeterListener"/> on the ProductOps
/// source and meter. They are process-wide, so tests pick their own trace by its delivery id.
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener activities;
    private readonly MeterListener meters = new();

    public TelemetryRecorder()
    {
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ProductOpsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ProductOpsTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            Measurements.Enqueue(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        meters.Start();
    }

    public ConcurrentQueue<Activity> Stopped { get; } = new();

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    /// <summary>Every stopped activity of the trace that the given delivery's webhook started.</summary>
    public IReadOnlyList<Activity> TraceOf(string deliveryId)
    {
        var root = Stopped.FirstOrDefault(a => a.Kind == ActivityKind.Server && (string?)a.GetTagItem(ProductOpsTelemetry.DeliveryIdTag) == deliveryId);
        return root is null ? [] : [.. Stopped.Where(a => a.TraceId == root.TraceId)];
    }

    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        Measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.GetValueOrDefault(t.Key) == t.Value)).Sum(m => m.Value);

    public void Dispose()
    {
        activities.Dispose();
        meters.Dispose();
    }

    public sealed record Measurement(string Instrument, long Value, IReadOnlyDictionary<string, string?> Tags);
}
