using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace ProductOps.Ingress;

/// <summary>
/// Reads a webhook body before anyone knows who sent it, so what it may cost is bounded: memory
/// grows with the bytes that actually arrived (pooled 64 KiB chunks), never with the announced
/// Content-Length; the HMAC is computed as the chunks arrive; at most <see cref="LargeBodySlots"/>
/// bodies over <see cref="LargeBodyBytes"/> are read at once (another gets 503 with Retry-After,
/// which GitHub shows as a failed delivery to redeliver); and a body that takes longer than
/// <see cref="ReadDeadline"/> is dropped (408). The one copy of the whole body is made after the
/// signature matched.
/// </summary>
public sealed partial class WebhookBodyReader(ILogger<WebhookBodyReader> logger)
{
    public const int LargeBodyBytes = 1024 * 1024;
    public const int LargeBodySlots = 4;
    private const int ChunkBytes = 64 * 1024;

    /// <summary>How long a large body waits for a slot before 503.</summary>
    public static readonly TimeSpan SlotWait = TimeSpan.FromSeconds(1);

    /// <summary>GitHub gives up after 10 s, so a body still arriving by then has no one to answer.</summary>
    public static readonly TimeSpan ReadDeadline = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim largeBodies = new(LargeBodySlots, LargeBodySlots);

    /// <summary>
    /// The body, if it is signed by <paramref name="secret"/>. A signature header that can never
    /// match (missing, malformed, or no secret configured) is refused before the body is read.
    /// </summary>
    /// <param name="allowUnsigned">Local use only: with no secret configured, read without checking.</param>
    public Task<BodyRead> ReadSignedAsync(HttpRequest request, string? signatureHeader, string? secret, bool allowUnsigned, bool sha256Only, CancellationToken ct)
    {
        if (request.ContentLength > WebhookBody.MaxBytes)
        {
            return Task.FromResult(BodyRead.Refused(BodyRefusal.TooLarge));
        }
        if (string.IsNullOrEmpty(secret))
        {
            return allowUnsigned ? ReadAsync(request, null, ct) : Task.FromResult(BodyRead.Refused(BodyRefusal.BadSignature));
        }
        return BodySignature.Parse(signatureHeader, secret, sha256Only) is { } signature
            ? ReadAsync(request, signature, ct)
            : Task.FromResult(BodyRead.Refused(BodyRefusal.BadSignature));
    }

    /// <param name="signature">Null when unsigned deliveries are allowed (local use only).</param>
    public async Task<BodyRead> ReadAsync(HttpRequest request, BodySignature? signature, CancellationToken ct)
    {
        if (request.ContentLength > WebhookBody.MaxBytes)
        {
            return BodyRead.Refused(BodyRefusal.TooLarge);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = WebhookBody.MaxBytes;
        }

        var chunks = new List<byte[]>();
        var holdsSlot = false;
        using var hash = signature?.CreateHash();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(ReadDeadline);
        try
        {
            long length = 0;
            while (true)
            {
                // Without a Content-Length (chunked), a body becomes large while it is read.
                if (!holdsSlot && Math.Max(length, request.ContentLength ?? 0) > LargeBodyBytes)
                {
                    if (!await largeBodies.WaitAsync(SlotWait, deadline.Token))
                    {
                        LogBusy(request.ContentLength ?? length);
                        return BodyRead.Refused(BodyRefusal.Busy);
                    }
                    holdsSlot = true;
                }

                var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                chunks.Add(chunk);
                var filled = await FillAsync(request.Body, chunk.AsMemory(0, ChunkBytes), deadline.Token);
                hash?.AppendData(chunk, 0, filled);
                length += filled;
                if (length > WebhookBody.MaxBytes)
                {
                    return BodyRead.Refused(BodyRefusal.TooLarge);
                }
                if (filled < ChunkBytes)
                {
                    break;
                }
            }

            if (signature is not null && !signature.Matches(hash!.GetHashAndReset()))
            {
                return BodyRead.Refused(BodyRefusal.BadSignature);
            }
            return BodyRead.Ok(Concat(chunks, length));
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits: the size cap (413) and the minimum data rate (408).
            return BodyRead.Refused(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? BodyRefusal.TooLarge : BodyRefusal.TooSlow);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return BodyRead.Refused(BodyRefusal.TooSlow);
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            if (holdsSlot)
            {
                largeBodies.Release();
            }
        }
    }

    /// <summary>Reads until the chunk is full or the body ends; returns how much was read.</summary>
    private static async Task<int> FillAsync(Stream body, Memory<byte> chunk, CancellationToken ct)
    {
        var filled = 0;
        while (filled < chunk.Length)
        {
            var read = await body.ReadAsync(chunk[filled..], ct);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static byte[] Concat(List<byte[]> chunks, long length)
    {
        var body = new byte[length];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            var count = (int)Math.Min(ChunkBytes, length - offset);
            chunk.AsSpan(0, count).CopyTo(body.AsSpan(offset));
            offset += count;
        }
        return body;
    }

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Refused a webhook body of {Length} bytes with 503: every large-body slot is busy")]
    private partial void LogBusy(long length);
}
