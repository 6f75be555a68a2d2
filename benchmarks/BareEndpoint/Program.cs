// The bare ASP.NET Core endpoint of the ingress benchmark (docs/benchmarks.md): it reads the body,
// checks X-Hub-Signature-256 as GitHub documents it and answers 202, with nothing else on the
// path, so it marks what Kestrel and the HMAC alone cost on this machine.
// https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
// Secret from GitHub__WebhookSecret; address from --urls.
// Enqueue mode (AzureWebJobsStorage set): after the HMAC it also puts the delivery on the
// tracker-events queue with the app's own EventQueue (the same message, the same storage client
// settings) and answers 202 once it is there: one storage round trip, no delivery-id claim. That is
// the raw-enqueue ceiling Product Ops' ingress is measured against.
using System.Security.Cryptography;
using System.Text;
using ProductOps.Events;
using ProductOps.Storage;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var key = Encoding.UTF8.GetBytes(app.Configuration["GitHub:WebhookSecret"] ?? throw new InvalidOperationException("Set GitHub__WebhookSecret."));
var queue = app.Configuration["AzureWebJobsStorage"] is { Length: > 0 } storage ? new EventQueue(new StorageAccount(storage)) : null;

app.MapPost("/api/github/webhook", async (HttpRequest request) =>
{
    using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
    await request.Body.CopyToAsync(buffer);
    if (!IsSigned(request.Headers["X-Hub-Signature-256"].ToString(), buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
    {
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }
    if (queue is not null)
    {
        var header = new TrackerEvent
        {
            Provider = Providers.GitHub,
            EventName = request.Headers["X-GitHub-Event"].ToString(),
            DeliveryId = request.Headers["X-GitHub-Delivery"].ToString(),
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        await queue.EnqueueAsync(header, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), CancellationToken.None);
    }
    return Results.StatusCode(StatusCodes.Status202Accepted);
});
app.Run();

bool IsSigned(string header, ReadOnlySpan<byte> body)
{
    const string prefix = "sha256=";
    Span<byte> given = stackalloc byte[32];
    return header.StartsWith(prefix, StringComparison.Ordinal)
        && header.Length == prefix.Length + 64
        && Convert.FromHexString(header.AsSpan(prefix.Length), given, out _, out _) == System.Buffers.OperationStatus.Done
        && CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, body), given);
}
