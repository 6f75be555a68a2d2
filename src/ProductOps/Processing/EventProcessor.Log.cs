using Microsoft.Extensions.Logging;
using ProductOps.WorkItems;

namespace ProductOps.Processing;

/// <summary>The processor's log events (stable ids 2001-2008).</summary>
public sealed partial class EventProcessor
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Processed {Item} ({EventName}.{Action}, delivery {DeliveryId})")]
    private partial void LogProcessed(ItemKey item, string eventName, string action, string deliveryId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Ignored {Provider} {EventName} delivery {DeliveryId}: {Reason}")]
    private partial void LogIgnored(string provider, string eventName, string deliveryId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Reloaded the configuration of {Container} after delivery {DeliveryId} changed it")]
    private partial void LogConfigReloaded(string container, string deliveryId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Skipped delivery {DeliveryId} for {Item}: Product Ops created this item")]
    private partial void LogOwnItem(ItemKey item, string deliveryId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Reading {Item} back from the tracker for delivery {DeliveryId}: {Reason}")]
    private partial void LogReadBack(ItemKey item, string deliveryId, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Skipped delivery {DeliveryId} for {Item}: it shows the snapshot already applied")]
    private partial void LogAlreadyApplied(ItemKey item, string deliveryId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Coalesced {Count} deliveries for {Item} into one reconciliation, to the newest snapshot (delivery {DeliveryId})")]
    private partial void LogCoalesced(ItemKey item, int count, string deliveryId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Scored board item {Item} on its project ({Writes} field writes, delivery {DeliveryId})")]
    private partial void LogBoardOnly(ItemKey item, int writes, string deliveryId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Skipped stale delivery {DeliveryId} for {Item}: it shows {EventTime:o}, the index already has {IndexTime:o}")]
    private partial void LogStale(ItemKey item, string deliveryId, DateTimeOffset eventTime, DateTimeOffset indexTime);
}
