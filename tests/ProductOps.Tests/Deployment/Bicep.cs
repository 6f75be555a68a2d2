using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Deployment;

/// <summary>
/// The Bicep compiler from the Azure.Bicep.CommandLine.linux-x64 package (restored with the test
/// project), run on infra/main.bicep once per test run.
/// </summary>
internal static class Bicep
{
    private static readonly Lazy<Task<BicepBuild>> MainBuild = new(() => BuildAsync(RepositoryRoot.Combine("infra", "main.bicep")));

    public static Task<BicepBuild> MainAsync() => MainBuild.Value;

    public static string Executable
    {
        get
        {
            var folder = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
            if (string.IsNullOrEmpty(folder))
            {
                throw new InvalidOperationException("BicepPackageFolder is not set: restore tests/ProductOps.Tests (it references Azure.Bicep.CommandLine.linux-x64).");
            }
            var path = Path.Combine(folder, "tools", "bicep");
            if (!OperatingSystem.IsWindows())
            {
                // NuGet's extraction does not always keep the execute bit.
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
            }
            return path;
        }
    }

    private static async Task<BicepBuild> BuildAsync(string file)
    {
        var start = new ProcessStartInfo(Executable, ["build", file, "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var diagnostics = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var json = await output;
        return new BicepBuild(process.ExitCode, diagnostics, process.ExitCode == 0 ? JsonNode.Parse(json)!.AsObject() : []);
    }
}

/// <summary>One <c>bicep build</c>: exit code, diagnostics (warnings and errors, one a line) and the ARM template.</summary>
internal sealed record BicepBuild(int ExitCode, IReadOnlyList<string> Diagnostics, JsonObject Template);
