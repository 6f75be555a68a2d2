using System.Net;
using System.Net.Sockets;
using System.Text;
using ProductOps.Ingress;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>
/// Slow unsigned connections announcing 25 MiB bodies used to make the app allocate 25 MiB each
/// before the signature was checked: a heap-capped app ran out of memory and refused valid
/// deliveries (issue 12, item 3). The app runs as its own process with a capped heap, as in a
/// small plan; what is asserted is that valid deliveries are accepted while the attack runs.
/// </summary>
public sealed class LargeBodyAttackTests : IAsyncLifetime
{
    private const int Attackers = 30;
    private const int AnnouncedBytes = 25 * 1024 * 1024;
    private Azurite azurite = null!;
    private AppProcess app = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        var settings = RunningApp.Settings(azurite, github: null);
        settings["LocalQueueListener:Enabled"] = "false";
        settings["DOTNET_GCHeapHardLimit"] = "0x10000000"; // 256 MiB: less than 30 x 25 MiB
        app = await AppProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Valid_deliveries_are_accepted_while_slow_unsigned_connections_announce_25_MiB_bodies()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var attacks = Enumerable.Range(0, Attackers).Select(i => AttackAsync(i, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var response = await app.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret), timeout.Token);
            answers.Add(response.StatusCode);
        }
        var refusedBusy = attacks.Count(a => a.IsCompletedSuccessfully && a.Result == "503 retry-after");
        await stop.CancelAsync();
        var results = await Task.WhenAll(attacks);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        // No attacker made the app fail (an OutOfMemoryException answers 500).
        Assert.DoesNotContain(results, r => r.StartsWith("500", StringComparison.Ordinal));
        // The rest wait for a large-body slot for a second, then hear 503 with Retry-After.
        Assert.True(refusedBusy >= Attackers - WebhookBodyReader.LargeBodySlots, $"{refusedBusy} of {Attackers} were told to come back later");
    }

    /// <summary>One attacker: a bogus but well-formed signature, then the body a few KiB at a time.</summary>
    private async Task<string> AttackAsync(int i, CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, app.Client.BaseAddress!.Port, ct);
        var stream = tcp.GetStream();
        var head = $"POST /api/github/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                   $"X-GitHub-Event: issues\r\nX-GitHub-Delivery: attack-{i}\r\nX-Hub-Signature-256: sha256={new string('0', 64)}\r\n" +
                   $"Content-Length: {AnnouncedBytes}\r\n\r\n";
        var answer = ReadAnswerAsync(stream, ct);
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
            var chunk = new byte[4096];
            Array.Fill(chunk, (byte)' ');
            while (!answer.IsCompleted && !ct.IsCancellationRequested)
            {
                await stream.WriteAsync(chunk, ct);
                await Task.Delay(100, ct);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
        }
        try
        {
            return await answer;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            return "no answer";
        }
    }

    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                return "closed";
            }
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var text = head.ToString();
        var status = text.Split(' ', 3)[1];
        return text.Contains("\r\nRetry-After:", StringComparison.OrdinalIgnoreCase) ? $"{status} retry-after" : status;
    }
}
