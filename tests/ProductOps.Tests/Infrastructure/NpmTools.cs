using System.Diagnostics;

namespace ProductOps.Tests.Infrastructure;

/// <summary>
/// The repository's pinned npm tools (tools/azurite, tools/smee), installed with <c>npm ci</c> on first
/// use, as scripts/run-local.sh does, so a fresh clone needs nothing installed by hand.
/// </summary>
public static class NpmTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <returns>The full path of <paramref name="script"/> inside tools/<paramref name="tool"/>.</returns>
    public static async Task<string> EnsureInstalledAsync(string tool, params string[] script)
    {
        var folder = RepositoryRoot.Combine("tools", tool);
        var path = Path.Combine([folder, .. script]);
        await InstallGate.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                await RunAsync("npm", "ci --no-audit --no-fund", folder);
            }
        }
        finally
        {
            InstallGate.Release();
        }
        return path;
    }

    private static async Task RunAsync(string file, string args, string folder)
    {
        using var npm = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {args}' in {folder} failed: {await error}");
        }
    }
}
