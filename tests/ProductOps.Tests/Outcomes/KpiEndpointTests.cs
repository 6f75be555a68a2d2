using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ProductOps.Outcomes;

namespace ProductOps.Tests.Outcomes;

/// <summary>
/// The 10-second bound covers the whole answer, not only its headers: an endpoint that answers at once and
/// then sends its body a byte at a time (a real HTTP/1.1 server on loopback, chunked) is given up on in time.
/// </summary>
public sealed class KpiEndpointTests
{
    [Fact]
    public async Task An_answer_whose_body_trickles_in_is_given_up_after_the_time_limit()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource();
        var server = TrickleAsync(listener, KpiEndpoint.Timeout * 3, stop.Token);
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/kpi");

        using var endpoint = new KpiEndpoint();
        var clock = Stopwatch.StartNew();
        var reading = await endpoint.ReadAsync(new KpiSource(url, "/v"), CancellationToken.None);
        clock.Stop();
        await stop.CancelAsync();
        await server;

        Assert.Null(reading.Value);
        Assert.Equal("no answer within 10 seconds", reading.Problem);
        Assert.True(clock.Elapsed < KpiEndpoint.Timeout + TimeSpan.FromSeconds(5), $"gave up after {clock.Elapsed}");
    }

    /// <summary>Headers at once, then one space of JSON whitespace every 200 ms for <paramref name="length"/>, then the number.</summary>
    private static async Task TrickleAsync(TcpListener listener, TimeSpan length, CancellationToken ct)
    {
        try
        {
            using var client = await listener.AcceptTcpClientAsync(ct);
            var stream = client.GetStream();
            var request = new byte[4096];
            _ = await stream.ReadAsync(request, ct);
            await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n", ct);
            var end = DateTime.UtcNow + length;
            while (DateTime.UtcNow < end)
            {
                await Task.Delay(200, ct);
                await WriteAsync(stream, "1\r\n \r\n", ct);
            }
            await WriteAsync(stream, "6\r\n\"v\":1}\r\n0\r\n\r\n", ct);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // The reader gave up and closed the connection, or the test is over: either ends the answer.
        }
    }

    private static Task WriteAsync(NetworkStream stream, string text, CancellationToken ct) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), ct).AsTask();
}
