namespace ProductOps.Events;

/// <summary>
/// The <c>tracker-events</c> queue as processing sees it: a message read back into its event (a large
/// payload fetched from where the ingress put it), and that payload removed once the event is processed.
/// </summary>
public interface IEventQueue
{
    Task<TrackerEvent> ReadAsync(string messageText, CancellationToken ct);

    Task DeletePayloadAsync(TrackerEvent ev, CancellationToken ct);
}
