// The bare ASP.NET Core endpoint of the ingress benchmark (docs/benchmarks.md): it reads the body,
// checks X-Hub-Signature-256 as GitHub documents it and answers 202, with nothing else on the
// path, so it marks what Kestrel and the HMAC alone cost on this machine.
// https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
// Secret from GitHub__WebhookSecret; address from --urls.
using System.Security.Cryptography;
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var key = Encoding.UTF8.GetBytes(app.Configuration["GitHub:WebhookSecret"] ?? throw new InvalidOperationException("Set GitHub__WebhookSecret."));

app.MapPost("/api/github/webhook", async (HttpRequest request) =>
{
    using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
    await request.Body.CopyToAsync(buffer);
    return IsSigned(request.Headers["X-Hub-Signature-256"].ToString(), buffer.GetBuffer().AsSpan(0, (int)buffer.Length))
        ? Results.StatusCode(StatusCodes.Status202Accepted)
        : Results.StatusCode(StatusCodes.Status401Unauthorized);
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
