using System.Diagnostics;

namespace ProductOps.Tests.Infrastructure;

/// <summary>The local host as a separate OS process (the build output next to the tests), so it can be killed.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Client { get; }

    /// <summary>What it has printed so far, stdout and stderr.</summary>
    public string Output => string.Join('\n', output);

    public static async Task<AppProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var port = Azurite.FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "ProductOps.LocalHost.dll");
        // Through env, which resets SIGINT to default (InterruptAsync): one started with it ignored keeps ignoring it.
        var start = new ProcessStartInfo("env", $"--default-signal=INT dotnet \"{dll}\" --urls http://127.0.0.1:{port} --contentRoot \"{AppContext.BaseDirectory}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                start.Environment[key.Replace(":", "__")] = value;
            }
        }
        var process = Process.Start(start)!;
        var app = new AppProcess(process, port);
        process.OutputDataReceived += (_, e) => app.output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => app.output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                return (await app.Client.GetAsync("api/health")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the app process answers its health check", timeoutSeconds: 60);
        return app;
    }

    /// <summary>Ctrl+C: SIGINT, then its exit code once it has stopped (-1 if it has not within 90 s).</summary>
    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", $"-INT {process.Id}"))
        {
            await kill.WaitForExitAsync();
        }
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        return process.HasExited ? process.ExitCode : -1; // -1: still running 90 s after SIGINT
    }

    /// <summary>Ends the process at once, as a crash or a scale-in would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        process.Dispose();
    }
}
