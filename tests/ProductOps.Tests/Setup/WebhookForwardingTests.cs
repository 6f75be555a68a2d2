using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Tests.Infrastructure;
using ProductOps.Webhooks;

namespace ProductOps.Tests.Setup;

/// <summary>
/// <c>scripts/run-local.sh --forward URL</c> relays a smee.io channel with the pinned smee-client
/// (tools/smee). Here a loopback server speaks smee.io's side (a server-sent event per delivery: its
/// headers plus <c>body</c>), and the real smee-client relays it into the running app.
/// </summary>
public sealed class WebhookForwardingTests(AppWithFakeGitHub env) : IClassFixture<AppWithFakeGitHub>, IAsyncLifetime
{
    private WebApplication channel = null!;
    private readonly TaskCompletionSource<string> delivery = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        channel = builder.Build();
        channel.MapGet("/channel", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("event: ready\ndata: {}\n\n");
            await context.Response.WriteAsync($"data: {await delivery.Task}\n\n");
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
        });
        await channel.StartAsync();
    }

    public async Task DisposeAsync() => await channel.DisposeAsync();

    [Fact]
    public async Task A_delivery_relayed_by_smee_client_keeps_its_signature_and_is_scored()
    {
        // GitHub signs the compact JSON it sends; smee-client posts JSON.stringify of the body, the same bytes.
        var payload = GitHubDeliveries.Labeled("octo-org/forwarded", 1, ["reach:500", "impact:high", "confidence:80%", "effort:M"]);
        var body = payload.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var smeeEvent = new JsonObject
        {
            ["x-github-event"] = "issues",
            ["x-github-delivery"] = Guid.NewGuid().ToString(),
            ["x-hub-signature-256"] = HmacSignature.Sign(RunningApp.Secret, Encoding.UTF8.GetBytes(body)),
            ["body"] = payload.DeepClone(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        delivery.SetResult(smeeEvent.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var smee = await NpmTools.EnsureInstalledAsync("smee", "node_modules", "smee-client", "bin", "smee.js");
        var channelUrl = channel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/channel";
        var target = new Uri(env.App.Client.BaseAddress!, "api/github/webhook");
        using var relay = Process.Start(new ProcessStartInfo("node", $"\"{smee}\" --url {channelUrl} --target {target}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        relay.OutputDataReceived += (_, _) => { };
        relay.ErrorDataReceived += (_, _) => { };
        relay.BeginOutputReadLine();
        relay.BeginErrorReadLine();
        try
        {
            await Eventually.HoldsAsync(() => env.GitHub.CommentsOn("octo-org/forwarded", 1).Count > 0, "the forwarded delivery is verified and scored", timeoutSeconds: 60);
            Assert.DoesNotContain(env.App.Logs.Lines, l => l.Contains("signature missing or invalid", StringComparison.Ordinal));
        }
        finally
        {
            relay.Kill(entireProcessTree: true);
            await relay.WaitForExitAsync();
        }
    }
}
