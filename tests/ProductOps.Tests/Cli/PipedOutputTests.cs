using System.Diagnostics;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary>
/// The installed tool with its output piped (<c>productops doctor | grep FAIL</c>, a CI log): each
/// check stays one line, whatever its length, because there is no terminal width to wrap at.
/// </summary>
public sealed class PipedOutputTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("productops-piped-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Doctor_prints_one_line_per_check_when_its_output_is_not_a_terminal()
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "ProductOps.Cli.dll")}\" doctor")
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["AzureWebJobsStorage"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:{Azurite.FreePort()}/devstoreaccount1;";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(lines, l => l.StartsWith("FAIL Storage", StringComparison.Ordinal) && l.Contains(" -> start Azurite", StringComparison.Ordinal));
        Assert.All(lines[..^1], l => Assert.Matches("^(OK  |WARN|FAIL) [^:]+: ", l));
        Assert.Matches("^[0-9]+ OK, [0-9]+ WARN, [0-9]+ FAIL$", lines[^1]);
        Assert.Equal("", await errors);
    }
}
