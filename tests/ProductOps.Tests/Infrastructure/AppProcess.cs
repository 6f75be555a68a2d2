using System.Diagnostics;

namespace ProductOps.Tests.Infrastructure;

/// <summary>The local host as a separate OS process (the build output next to the tests), so it can be killed.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Client { get; }

    public static async Task<AppProcess> StartAsync(IDictionary<string, string?> settings)
    {
        var port = Azurite.FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "ProductOps.LocalHost.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port} --contentRoot \"{AppContext.BaseDirectory}\"")
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
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, port);
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
