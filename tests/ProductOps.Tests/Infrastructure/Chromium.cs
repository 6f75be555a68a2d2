using System.Diagnostics;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from Debian's package, installed on first use when the tests run as root with
/// apt (as Azurite is installed from npm), so `dotnet test` needs no separate setup step.
/// </summary>
public static class Chromium
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> PathAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Find() is { } found)
            {
                return found;
            }
            if (Environment.UserName == "root" && Which("apt-get") is not null)
            {
                await RunAsync("apt-get", "update -qq");
                await RunAsync("apt-get", "install -y -qq chromium");
            }
            return Find() ?? throw new InvalidOperationException("Chromium is not installed and could not be installed: run `apt-get install -y chromium`.");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string? Find() => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(Which).FirstOrDefault(p => p is not null);

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => System.IO.Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static async Task RunAsync(string file, string args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {args}' failed: {await error}");
        }
    }
}
