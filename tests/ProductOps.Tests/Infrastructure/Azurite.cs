using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// A real Azurite (the pinned npm package in tools/azurite, installed on first use) on free
/// loopback ports, started for a test class and stopped after it.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
    private readonly bool inMemory;
    private Process? process;

    private Azurite(bool inMemory) => this.inMemory = inMemory;

    public int BlobPort { get; private set; } = FreePort();
    public int QueuePort { get; private set; } = FreePort();
    public int TablePort { get; private set; } = FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <param name="inMemory">False keeps data on disk, so a stop and start keeps queued messages.</param>
    public static async Task<Azurite> StartAsync(bool inMemory = true)
    {
        var azurite = new Azurite(inMemory);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await azurite.StartProcessAsync();
                return azurite;
            }
            catch (InvalidOperationException e) when (e.Message.Contains("EADDRINUSE", StringComparison.Ordinal) && attempt < 5)
            {
                // A free port is only free until someone takes it: another test suite on the same machine
                // may bind it between FreePort() and Azurite's listen. Take new ones.
                (azurite.BlobPort, azurite.QueuePort, azurite.TablePort) = (FreePort(), FreePort(), FreePort());
            }
        }
    }

    public async Task StartProcessAsync()
    {
        var script = await EnsureInstalledAsync();
        var args = $"\"{script}\" --silent --skipApiVersionCheck --disableTelemetry " +
                   $"--blobPort {BlobPort} --queuePort {QueuePort} --tablePort {TablePort} " +
                   (inMemory ? "--inMemoryPersistence" : $"--location \"{workspace}\"");
        process = Process.Start(new ProcessStartInfo("node", args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start node.");
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await WaitForPortAsync(port, process, errors);
        }
    }

    /// <summary>Stops the emulator (a storage outage); <see cref="StartProcessAsync"/> brings it back.</summary>
    public async Task StopProcessAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
    }

    /// <summary>
    /// Freezes the emulator (SIGSTOP): it still accepts connections (the kernel does) but never
    /// answers, like a storage account that hangs. <see cref="ResumeProcessAsync"/> thaws it.
    /// </summary>
    public Task PauseProcessAsync() => SignalAsync("STOP");

    public Task ResumeProcessAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {process!.Id}");
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            await ResumeProcessAsync();
        }
        await StopProcessAsync();
        try
        {
            Directory.Delete(workspace, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Task<string> EnsureInstalledAsync() =>
        NpmTools.EnsureInstalledAsync("azurite", "node_modules", "azurite", "dist", "src", "azurite.js");

    private static async Task WaitForPortAsync(int port, Process azurite, System.Text.StringBuilder errors)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (azurite.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {azurite.ExitCode}: {errors}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
