namespace ProductOps.Storage;

public sealed record QueuedEvent(string MessageId, string PopReceipt, string? PayloadBlob);
