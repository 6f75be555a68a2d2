using System.Text.Json;
using ProductOps.Events;

namespace ProductOps.Storage;

/// <summary>
/// Writes deliveries to the <c>tracker-events</c> queue and reads them back. A queue message holds
/// at most 64 KiB after base64, so larger payloads go to a blob and the message carries its name.
/// </summary>
public sealed class EventQueue(StorageAccount storage) : IEventQueue
{
    // https://learn.microsoft.com/azure/storage/queues/scalability-targets: 64 KiB per message.
    internal const int MaxMessageBytes = 64 * 1024;

    /// <summary>
    /// The deepest payload processing can read. Messages and payloads are read with System.Text.Json's
    /// default depth of 64 (https://learn.microsoft.com/dotnet/api/system.text.json.jsonserializeroptions.maxdepth),
    /// and the message wraps the payload one level deeper; ingress refuses anything deeper (400),
    /// so nothing it accepts can fail here. Real GitHub and Jira payloads nest under 10 levels.
    /// </summary>
    public const int MaxPayloadDepth = 60;

    public async Task<QueuedEvent> EnqueueAsync(TrackerEvent header, ReadOnlyMemory<byte> payloadJson, CancellationToken ct)
    {
        var message = Serialize(header, payloadJson);
        string? blobName = null;
        if (Base64Length(message.Length) > MaxMessageBytes)
        {
            // One blob per accepted message, never per delivery id: a redelivery uploads its own blob,
            // and processing deletes only its own message's blob, so a redelivery never destroys the original's.
            blobName = $"{header.Provider}/{DeliveryKey.For(header.DeliveryId)}/{Guid.NewGuid():N}.json";
            var container = storage.Blobs.GetBlobContainerClient(StorageNames.PayloadsContainer);
            await StorageAccount.CreatingIfMissingAsync(
                () => container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(payloadJson), overwrite: true, ct),
                () => container.CreateIfNotExistsAsync(cancellationToken: ct));
            message = Serialize(header with { PayloadBlob = blobName }, ReadOnlyMemory<byte>.Empty);
        }

        var queue = storage.Queue(StorageNames.EventsQueue);
        var receipt = await StorageAccount.CreatingIfMissingAsync(
            () => queue.SendMessageAsync(BinaryData.FromBytes(message), cancellationToken: ct),
            () => queue.CreateIfNotExistsAsync(cancellationToken: ct));
        return new QueuedEvent(receipt.Value.MessageId, receipt.Value.PopReceipt, blobName);
    }

    /// <summary>Reads a queue message back into an event, fetching a spilled payload from its blob.</summary>
    public async Task<TrackerEvent> ReadAsync(string messageText, CancellationToken ct)
    {
        var ev = JsonSerializer.Deserialize(messageText, EventJson.Default.TrackerEvent)
            ?? throw new InvalidDataException("The queue message is empty.");
        if (ev.PayloadBlob is null)
        {
            return ev;
        }

        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.PayloadsContainer).GetBlobClient(ev.PayloadBlob);
        var content = await blob.DownloadContentAsync(ct);
        using var document = JsonDocument.Parse(content.Value.Content.ToMemory());
        return ev with { Payload = document.RootElement.Clone() };
    }

    /// <summary>Removes the spilled payload once its event is processed.</summary>
    public Task DeletePayloadAsync(TrackerEvent ev, CancellationToken ct) =>
        ev.PayloadBlob is null
            ? Task.CompletedTask
            : storage.Blobs.GetBlobContainerClient(StorageNames.PayloadsContainer).DeleteBlobIfExistsAsync(ev.PayloadBlob, cancellationToken: ct);

    private static int Base64Length(int bytes) => (bytes + 2) / 3 * 4;

    // Written by hand so the payload bytes are copied once, never re-parsed on the hot path.
    private static byte[] Serialize(TrackerEvent header, ReadOnlyMemory<byte> payloadJson)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(payloadJson.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("provider", header.Provider);
            writer.WriteString("eventName", header.EventName);
            writer.WriteString("deliveryId", header.DeliveryId);
            writer.WriteString("receivedAt", header.ReceivedAt);
            if (header.TraceParent is not null)
            {
                writer.WriteString("traceparent", header.TraceParent);
            }
            if (header.PayloadBlob is not null)
            {
                writer.WriteString("payloadBlob", header.PayloadBlob);
            }
            else
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson.Span, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
