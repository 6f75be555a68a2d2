using System.Diagnostics;
using System.Text;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// Ctrl+C while the app still waits for storage (Azurite not up yet, or a wrong connection string)
/// ends it cleanly: exit code 0 and no unhandled exception, for the local host that
/// scripts/run-local.sh starts and for <c>productops serve</c>. Run as OS processes given a real SIGINT,
/// because it is the process's own shutdown path that is under test.
/// </summary>
public sealed class StopWhileWaitingForStorageTests
{
    [Theory]
    [InlineData("ProductOps.LocalHost.dll")]
    [InlineData("ProductOps.Cli.dll", "serve")]
    public async Task Ctrl_C_while_storage_is_unreachable_exits_cleanly(string dll, string command = "")
    {
        var port = Azurite.FreePort();
        // env resets SIGINT to default: a process started with it ignored (a background job) keeps ignoring it.
        var start = new ProcessStartInfo("env", $"--default-signal=INT dotnet \"{Path.Combine(AppContext.BaseDirectory, dll)}\" {command} --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AzureWebJobsStorage"] = Unreachable();
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data?.Contains("Storage not ready (attempt 1)", StringComparison.Ordinal) == true)
            {
                waiting.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using (var interrupt = Process.Start("kill", $"-INT {process.Id}"))
            {
                await interrupt.WaitForExitAsync();
            }
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                output.AppendLine("(still running 60 s after SIGINT: killed)");
            }
        }

        var printed = $"{output}\n--- stderr ---\n{errors}";
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{printed}");
        Assert.DoesNotContain("Unhandled exception", printed);
        Assert.Contains("Stopped while waiting for storage", printed);
    }

    [Fact]
    public async Task Ctrl_C_after_storage_went_away_exits_cleanly()
    {
        // Azurite stopped first (by hand, or by the same Ctrl+C): the job host cannot release its blob locks.
        var azurite = await Azurite.StartAsync();
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString });
        await Eventually.HoldsAsync(() => app.Output.Contains("Job host started", StringComparison.Ordinal), "the queue and timer triggers run", timeoutSeconds: 60);
        await azurite.DisposeAsync();

        var code = await app.InterruptAsync();

        Assert.True(code == 0, $"exit code {code}\n{app.Output}");
        Assert.DoesNotContain("BackgroundService failed", app.Output);
    }

    /// <summary>Azurite's account on ports where nothing listens.</summary>
    private static string Unreachable() =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{Azurite.FreePort()}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{Azurite.FreePort()}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{Azurite.FreePort()}/devstoreaccount1;";
}
